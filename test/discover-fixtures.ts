import { gzipSync } from 'node:zlib';
import { luhnValid } from '../src/phi/detect/checksums.js';

/** Synthetic identifiers in valid formats: fake SSNs and Luhn-correct NPIs, nobody's real ones. */
export function npi(base9: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`80840${base9}${d}`)) return `${base9}${d}`;
  throw new Error('unreachable');
}

export const PLANTED = {
  ssn: ['536-22-1234', '412-71-9087', '287-65-4301'],
  npi: [npi('123456789'), npi('198765432')],
  email: ['jane.roe@mercyclinic.org', 'p.smith@valleyhealth.net'],
  phone: ['(415) 555-2671', '(212) 555-0143'],
  dob: ['1980-02-03', '1975-11-22'],
};

/** Every planted value, and the digit-only forms a careless formatter might emit. */
export function leakNeedles(): string[] {
  const all = Object.values(PLANTED).flat();
  const digits = all.map((v) => v.replace(/\D/g, '')).filter((d) => d.length >= 9);
  return [...all, ...digits];
}

export const CSV = Buffer.from(
  'patient,ssn,npi,email,phone,dob\n' +
    `Jane Roe,${PLANTED.ssn[0]},${PLANTED.npi[0]},${PLANTED.email[0]},${PLANTED.phone[0]},${PLANTED.dob[0]}\n` +
    `Paul Smith,${PLANTED.ssn[1]},${PLANTED.npi[1]},${PLANTED.email[1]},${PLANTED.phone[1]},${PLANTED.dob[1]}\n`,
);

export const JSONL = Buffer.from(
  `{"event":"intake","patient_ssn":"${PLANTED.ssn[2]}","provider_npi":"${PLANTED.npi[0]}"}\n` +
    `{"event":"callback","phone":"${PLANTED.phone[1]}","dob":"${PLANTED.dob[1]}"}\n`,
);

export const GZ_LOG = gzipSync(Buffer.from(`2026-01-01T00:00:00Z INFO lookup ssn=${PLANTED.ssn[0]} email=${PLANTED.email[0]}\n`.repeat(20)));

/** Starts like a PNG and has no extension: skipped by magic number after one read. */
export const PNG_NO_EXT = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 7)]);

/** 3 MB of text with one SSN at the start and one deep inside, past any small read budget. */
export function bigText(): Buffer {
  const head = `SSN: ${PLANTED.ssn[1]}\n`;
  const filler = 'lorem ipsum dolor sit amet consectetur\n';
  const lines = Math.ceil((3 * 1024 * 1024) / filler.length);
  const body = filler.repeat(lines);
  return Buffer.from(head + body.slice(0, 2_500_000) + `ssn ${PLANTED.ssn[2]}\n` + body.slice(2_500_000));
}

export const CLEAN = Buffer.from('build 1234 ok\nall tests passed\n');
