import { describe, expect, it } from 'vitest';
import { luhnValid, npiValid, deaChecksumValid } from './checksums.js';
import { scanBuffer, type EntityType } from './index.js';

/** Count of `type` found in `text` at the default threshold. */
function count(text: string, type: EntityType): number {
  return scanBuffer(Buffer.from(text, 'latin1')).find((s) => s.type === type)?.count ?? 0;
}

type Case = [name: string, text: string, type: EntityType, expected: number];

const CASES: Case[] = [
  // SSN
  ['dashed SSN alone', 'ref 123-45-6780 x', 'ssn', 1],
  ['dashed SSN with context', 'SSN: 536-22-1234', 'ssn', 1],
  ['bare nine digits with SSN context', 'social security no. 536221234', 'ssn', 1],
  ['bare nine digits without context', 'batch 536221234 done', 'ssn', 0],
  ['SSN area 000', 'SSN 000-12-3456', 'ssn', 0],
  ['SSN area 666', 'SSN 666-12-3456', 'ssn', 0],
  ['SSN area 900-999', 'SSN 912-12-3456', 'ssn', 0],
  ['SSN group 00', 'SSN 123-00-3456', 'ssn', 0],
  ['SSN serial 0000', 'SSN 123-45-0000', 'ssn', 0],
  ['advertising SSN 078-05-1120', 'SSN 078-05-1120', 'ssn', 0],
  ['advertising SSN 219-09-9999', 'SSN 219-09-9999', 'ssn', 0],
  ['SSN shape inside a longer dashed id', 'id 9-123-45-6780-1', 'ssn', 0],
  // MBI
  ['MBI plain', 'Medicare 1EG4TE5MK73', 'mbi', 1],
  ['MBI dashed', 'mbi 1EG4-TE5-MK73', 'mbi', 1],
  ['MBI with S in a letter position', 'Medicare 1SG4TE5MK73', 'mbi', 0],
  ['MBI with O, I, B, Z or L', 'MBI 1EO4TE5MK73 1EG4TI5MK73 1EG4TE5BK73 1EG4TE5MZ73 1LG4TE5MK73', 'mbi', 0],
  ['MBI starting with 0', 'MBI 0EG4TE5MK73', 'mbi', 0],
  ['MBI lower case', 'mbi 1eg4te5mk73', 'mbi', 0],
  ['MBI with mixed dashes', 'mbi 1EG4-TE5MK73', 'mbi', 0],
  // NPI
  ['NPI with context', 'NPI 1245319599', 'npi', 1],
  ['NPI bad Luhn', 'NPI 1245319598', 'npi', 0],
  ['NPI valid but no context', 'ts 1245319599', 'npi', 0],
  ['NPI starting with 3', 'NPI 3245319599', 'npi', 0],
  // DEA
  ['DEA good checksum', 'DEA AB1234563', 'dea', 1],
  ['DEA bad checksum', 'DEA AB1234564', 'dea', 0],
  ['DEA unknown registrant type', 'DEA QB1234563', 'dea', 0],
  ['DEA inside a longer token', 'DEA XAB1234563', 'dea', 0],
  // ICD-10
  ['ICD with diagnosis context', 'Diagnosis: E11.9', 'icd10', 1],
  ['ICD list after dx', 'Dx: E11.9, I10, J45.909', 'icd10', 3],
  ['ICD-shaped without context', 'Seat E11.9, gate I10', 'icd10', 0],
  ['ICD "code" alone is not clinical', 'error code E11', 'icd10', 0],
  ['ICD with U (reserved)', 'Diagnosis: U07.1', 'icd10', 0],
  // MRN / member id
  ['MRN label', 'MRN: 00482913', 'mrn', 1],
  ['medical record number in JSON', '{"medical_record_number": "MR-4829130"}', 'mrn', 1],
  ['MRN label with a word', 'MRN is required', 'mrn', 0],
  ['member id', 'Member ID: XYZ123456789', 'member_id', 1],
  ['policy number', 'policy no. 88213377', 'member_id', 1],
  ['digits without a label', 'ticket 88213377', 'member_id', 0],
  // DOB
  ['DOB slash', 'DOB: 03/14/1962', 'dob', 1],
  ['date of birth ISO', 'date of birth 1962-03-14', 'dob', 1],
  ['born on month name', 'born on March 5, 1990', 'dob', 1],
  ['impossible date', 'DOB: 02/30/1962', 'dob', 0],
  ['year before 1900', 'DOB: 03/14/1862', 'dob', 0],
  ['date without DOB context', 'visit 03/14/1962', 'dob', 0],
  // Phone
  ['phone parenthesised', 'Phone: (415) 823-2671', 'phone', 1],
  ['phone dashed alone', 'ring 415-823-2671 now', 'phone', 1],
  ['phone dotted with +1', 'tel +1 415.823.2671', 'phone', 1],
  ['ten bare digits with phone word', 'cell 4158232671', 'phone', 1],
  ['ten bare digits alone', 'x 4158232671 y', 'phone', 0],
  ['fictional 555-01xx', 'Phone: 415-555-0123', 'phone', 0],
  ['N11 area code', 'Phone: 411-823-2671', 'phone', 0],
  ['exchange starting with 1', 'Phone: 415-123-2671', 'phone', 0],
  ['order number shaped like a phone', 'Order #415-823-2671', 'phone', 0],
  ['tracking number', 'tracking 415-823-2671', 'phone', 0],
  // Email
  ['email', 'write to jane.doe@mailhost.net', 'email', 1],
  ['reserved example domain', 'mail user@example.com', 'email', 0],
  ['image density suffix', 'logo@2x.png', 'email', 0],
  ['package specifier', 'npm i @scope/pkg@1.2.3', 'email', 0],
  // Address
  ['street with city, state, ZIP', 'at 1234 North Oak Street Apt 5, Springfield, IL 62704.', 'address', 1],
  ['street alone', 'shipped to 77 Cedar Ridge Rd yesterday', 'address', 1],
  ['ordinal street', '500 5th Ave', 'address', 1],
  ['no suffix', '12 Monkeys Inc', 'address', 0],
  // IP
  ['public IPv4', 'client=8.8.4.4 ok', 'ip', 1],
  ['private IPv4 under threshold', 'from 10.1.2.3 and 192.168.0.9', 'ip', 0],
  ['octet over 255', 'from 256.1.2.3', 'ip', 0],
  ['v-prefixed version', 'release v1.2.3.4', 'ip', 0],
  ['version word', 'version 8.8.4.4', 'ip', 0],
  ['pinned requirement', 'pkg==8.8.4.4', 'ip', 0],
  ['five-part dotted', 'oid 8.8.4.4.1', 'ip', 0],
  // Payment card
  ['Visa grouped', 'card 4111 1111 1111 1111', 'payment_card', 1],
  ['Amex 4-6-5', 'amex 3782-822463-10005', 'payment_card', 1],
  ['Visa plain', 'pan 4012888888881881', 'payment_card', 1],
  ['bad Luhn', 'card 4111 1111 1111 1112', 'payment_card', 0],
  ['unknown issuer prefix', 'card 9111 1111 1111 1115', 'payment_card', 0],
  ['mixed separators', 'card 4111 1111-1111 1111', 'payment_card', 0],
];

describe('detectors', () => {
  it('has no duplicate cases', () => {
    expect(new Set(CASES.map((c) => c[0])).size).toBe(CASES.length);
  });
  it.each(CASES)('%s', (_name, text, type, expected) => {
    expect(count(text, type)).toBe(expected);
  });
});

describe('checksums', () => {
  it('Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
  it('NPI is Luhn over 80840 + number', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
  });
  it('DEA checksum', () => {
    expect(deaChecksumValid('1234563')).toBe(true);
    expect(deaChecksumValid('1234567')).toBe(false);
  });
});

describe('options', () => {
  const text = Buffer.from(`SSN 536-22-1234 and SSN 536-22-1235 ${'and so on '.repeat(6)}536-22-1236; phone (415) 823-2671`, 'latin1');
  it('drops a disabled type', () => {
    expect(scanBuffer(text, { perType: { ssn: { enabled: false } } }).map((s) => s.type)).toEqual(['phone']);
  });
  it('applies a per-type threshold', () => {
    const s = scanBuffer(text, { perType: { ssn: { minConfidence: 0.9 } } });
    expect(s.find((x) => x.type === 'ssn')?.count).toBe(2);
  });
  it('keeps exact counts but at most maxRanges ranges', () => {
    const s = scanBuffer(text, { maxRanges: 1 }).find((x) => x.type === 'ssn')!;
    expect(s.count).toBe(3);
    expect(s.ranges).toHaveLength(1);
    expect(s.rangesTruncated).toBe(true);
    expect(s.confidence).toBe(0.95);
  });
  it('returns only types found, sorted', () => {
    expect(scanBuffer(text).map((s) => s.type)).toEqual(['phone', 'ssn']);
  });
});
