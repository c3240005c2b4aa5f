import type { EntityType } from '../types.js';
import { prng } from '../../../util/prng.js';

/**
 * Synthetic corpora for the detector tests, generated from a seeded PRNG. Everything here is
 * fake: identifiers have valid formats and checksums but belong to nobody. The planted corpus
 * also carries decoys — look-alikes a validator must reject (bad checksums, excluded letters,
 * invalid SSN areas, codes without clinical context) — so removing a validator drops precision.
 */
export interface Planted { type: EntityType; start: number; end: number; value: string }
export interface Corpus { text: string; planted: Planted[] }

export { prng };

export class Gen {
  readonly r: () => number;
  constructor(seed: number) { this.r = prng(seed); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)]!; }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  pad(n: number, w: number): string { return String(n).padStart(w, '0'); }
}

function luhnCheckDigit(payload: string): string {
  // The digit that makes payload + digit pass Luhn.
  for (let d = 0; d <= 9; d++) {
    const s = payload + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let v = s.charCodeAt(s.length - 1 - i) - 48;
      if (i % 2 === 1) { v *= 2; if (v > 9) v -= 9; }
      sum += v;
    }
    if (sum % 10 === 0) return String(d);
  }
  throw new Error('unreachable');
}
const wrong = (d: string): string => String((Number(d) + 1 + Math.floor(Number(d) / 3)) % 10);

const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';
const MBI_AN = MBI_L + '0123456789';
export const fake = {
  ssn(g: Gen, sep = '-'): string {
    let area = g.int(1, 899);
    if (area === 666) area = 667;
    return `${g.pad(area, 3)}${sep}${g.pad(g.int(1, 99), 2)}${sep}${g.pad(g.int(1, 9999), 4)}`;
  },
  badSsn(g: Gen): string {
    const area = g.pick(['000', '666', String(g.int(900, 999))]);
    return g.pick([`${area}-${g.pad(g.int(1, 99), 2)}-${g.pad(g.int(1, 9999), 4)}`, `${g.pad(g.int(1, 665), 3)}-00-${g.pad(g.int(1, 9999), 4)}`, `${g.pad(g.int(1, 665), 3)}-${g.pad(g.int(1, 99), 2)}-0000`, '078-05-1120', '219-09-9999']);
  },
  mbi(g: Gen, dashed = false): string {
    const L = (): string => g.pick([...MBI_L]);
    const A = (): string => g.pick([...MBI_AN]);
    const D = (): string => String(g.int(0, 9));
    const a = `${g.int(1, 9)}${L()}${A()}${D()}`, b = `${L()}${A()}${D()}`, c = `${L()}${L()}${D()}${D()}`;
    return dashed ? `${a}-${b}-${c}` : a + b + c;
  },
  badMbi(g: Gen): string {
    const m = fake.mbi(g);
    return m.slice(0, 1) + g.pick(['S', 'L', 'O', 'I', 'B', 'Z']) + m.slice(2);
  },
  npi(g: Gen): string {
    const p = `${g.int(1, 2)}${g.digits(8)}`;
    return p + luhnCheckDigit('80840' + p);
  },
  badNpi(g: Gen): string { const n = fake.npi(g); return n.slice(0, 9) + wrong(n[9]!); },
  dea(g: Gen): string {
    const d = g.digits(6);
    const n = (i: number): number => d.charCodeAt(i) - 48;
    const check = (n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5))) % 10;
    return g.pick([...'ABFGMPR']) + g.pick([...'ABCDHJKLMNPRSTW9']) + d + check;
  },
  badDea(g: Gen): string { const d = fake.dea(g); return d.slice(0, 8) + wrong(d[8]!); },
  icd(g: Gen): string {
    const base = `${g.pick([...'ABCDEFGIJKLMNRZ'])}${g.digits(2)}`;
    return g.r() < 0.7 ? `${base}.${g.digits(g.int(1, 2))}` : base;
  },
  phone(g: Gen): string {
    let area = g.int(201, 989);
    if (Math.floor(area / 10) % 10 === 9) area -= 10;
    if (area % 100 === 11) area += 1;
    let ex = g.int(200, 999);
    if (ex % 100 === 11 || ex === 555) ex += 1;
    const line = g.digits(4);
    return g.pick([`(${area}) ${ex}-${line}`, `${area}-${ex}-${line}`, `${area}.${ex}.${line}`, `+1 ${area}-${ex}-${line}`]);
  },
  card(g: Gen): { value: string } {
    const kind = g.int(0, 2);
    const prefix = kind === 0 ? '4' : kind === 1 ? String(g.int(51, 55)) : g.pick(['34', '37']);
    const len = kind === 2 ? 15 : 16;
    const payload = prefix + g.digits(len - prefix.length - 1);
    const n = payload + luhnCheckDigit(payload);
    const sep = g.pick([' ', '-', '']);
    const value = kind === 2 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : (n.match(/.{4}/g) ?? []).join(sep);
    return { value };
  },
  badCard(g: Gen): string { const n = fake.card(g).value.replace(/[ -]/g, ''); return n.slice(0, -1) + wrong(n.slice(-1)); },
  ip(g: Gen): string { return `${g.pick([23, 45, 66, 98, 104, 151, 185, 203])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`; },
  email(g: Gen): string {
    return `${g.pick(['jane', 'omar', 'li', 'maria', 'k'])}${g.pick(['.', '_', ''])}${g.pick(['doe', 'haddad', 'nguyen', 'lopez'])}${g.int(1, 99)}@${g.pick(['mailhost.net', 'clinic-mail.org', 'inbox.io', 'uni.edu'])}`;
  },
  address(g: Gen): string {
    const street = `${g.int(1, 9999)} ${g.pick(['', 'N ', 'West '])}${g.pick(['Oak', 'Maple', 'Cedar Ridge', 'Lincoln', '5th', 'Martin Luther King'])} ${g.pick(['St', 'Street', 'Ave', 'Road', 'Blvd', 'Lane', 'Drive'])}`;
    const unit = g.r() < 0.3 ? `, Apt ${g.int(1, 40)}` : '';
    const city = g.r() < 0.6 ? `, ${g.pick(['Springfield', 'Salt Lake City', 'Austin'])}, ${g.pick(['IL', 'UT', 'TX', 'NY'])} ${g.pad(g.int(10000, 99999), 5)}` : '';
    return street + unit + city;
  },
  dob(g: Gen): string {
    const y = g.int(1930, 2020), m = g.int(1, 12), d = g.int(1, 28);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return g.pick([`${g.pad(m, 2)}/${g.pad(d, 2)}/${y}`, `${y}-${g.pad(m, 2)}-${g.pad(d, 2)}`, `${months[m - 1]} ${d}, ${y}`]);
  },
};

/** Context + value templates per type: `{}` is where the value goes. */
const TEMPLATES: Record<EntityType, { make: (g: Gen) => string; around: string[] }> = {
  ssn: { make: (g) => fake.ssn(g, g.pick(['-', '-', ''])), around: ['Patient SSN: {}.', 'social security number {} on file', 'ssn={}'] },
  mbi: { make: (g) => fake.mbi(g, g.r() < 0.5), around: ['Medicare MBI {} verified.', 'beneficiary id: {}', 'MBI={}'] },
  npi: { make: fake.npi, around: ['Rendering provider NPI {}', 'npi: {}', 'Attending physician (NPI {})'] },
  dea: { make: fake.dea, around: ['Prescriber DEA {}', 'DEA# {} on the script', 'dea={}'] },
  icd10: { make: fake.icd, around: ['Diagnosis: {}', 'Dx {} confirmed', 'ICD-10 code {}', 'assessment: {} stable'] },
  mrn: { make: (g) => g.pick([g.digits(8), `MR${g.digits(7)}`, `${g.digits(3)}-${g.digits(5)}`]), around: ['MRN: {}', 'Medical record number {}', '"mrn": "{}"', 'patient_id={}'] },
  member_id: { make: (g) => `${g.pick(['XYZ', 'HPA', 'W'])}${g.digits(9)}`, around: ['Member ID: {}', 'subscriber id {}', 'Policy number: {}', 'member_id={}'] },
  dob: { make: fake.dob, around: ['DOB: {}', 'date of birth {}', 'born on {}', '"birthDate": "{}"'] },
  phone: { make: fake.phone, around: ['Phone: {}', 'call back at {}', 'tel {}', 'contact {} after 5pm', '{} (mobile)'] },
  email: { make: fake.email, around: ['email {}', 'contact: {}', '<{}>'] },
  address: { make: fake.address, around: ['Address: {}.', 'lives at {}', 'Home: {}'] },
  ip: { make: fake.ip, around: ['client ip {} logged in', 'from={} ', 'remote_addr: {}'] },
  payment_card: { make: (g) => fake.card(g).value, around: ['Card on file {}', 'visa {} exp 04/29', 'payment card: {}'] },
};

/** Decoys: look-alikes in the same kind of context, which a validator must reject. */
const DECOYS: ((g: Gen) => string)[] = [
  (g) => `Patient SSN: ${fake.badSsn(g)}.`,
  (g) => `Medicare MBI ${fake.badMbi(g)} verified.`,
  (g) => `Rendering provider NPI ${fake.badNpi(g)}`,
  (g) => `Prescriber DEA ${fake.badDea(g)}`,
  (g) => `Card on file ${fake.badCard(g)}`,
  (g) => `Part ${fake.icd(g)} shipped in box ${g.int(2, 9)}.`,
  (g) => `DOB: 02/30/${g.int(1950, 2000)}`,
  (g) => `Order #${g.int(201, 989)}-${g.int(200, 999)}-${g.digits(4)} shipped`,
  (g) => `MRN: pending`,
  (g) => `call 212-555-01${g.digits(2)} (fictional range)`,
  (g) => `build version ${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(0, 99)}`,
];

const FILLER = 'the patient was seen today for routine follow up and tolerated the visit well vitals were within normal limits plan reviewed with family'.split(' ');

export function plantedCorpus(seed: number, records: number): Corpus {
  const g = new Gen(seed);
  const types = Object.keys(TEMPLATES) as EntityType[];
  let text = '';
  const planted: Planted[] = [];
  for (let i = 0; i < records; i++) {
    let line = '';
    for (let w = g.int(3, 12); w > 0; w--) line += g.pick(FILLER) + ' ';
    if (g.r() < 0.25) {
      line += g.pick(DECOYS)(g);
    } else {
      const type = types[i % types.length]!;
      const t = TEMPLATES[type];
      const value = t.make(g);
      const [pre, post] = g.pick(t.around).split('{}') as [string, string];
      const start = text.length + line.length + pre.length;
      planted.push({ type, start, end: start + value.length, value });
      line += pre + value + post;
    }
    line += ' ' + g.pick(FILLER) + (g.r() < 0.5 ? '.\n' : ' | ');
    text += line;
  }
  return { text, planted };
}

/** Text that holds no PHI but many look-alikes: code, UUID logs, order numbers, ids, timestamps, versions. */
export function negativeCorpus(seed: number, lines: number): string {
  const g = new Gen(seed);
  const hex = (n: number): string => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[g.int(0, 15)]; return s; };
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const out: string[] = [];
  const kinds: (() => string)[] = [
    () => `${new Date(Date.UTC(2025, 0, 1) + g.int(0, 3e10)).toISOString()} INFO req=${uuid()} span=${uuid()} user=${uuid()} took ${g.int(1, 900)}ms from 10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    () => `Order #${g.int(201, 989)}-${g.int(200, 999)}-${g.digits(4)} shipped; order number ${g.int(201, 989)}${g.int(200, 999)}${g.digits(4)}; ORD-${g.digits(10)}; invoice ${g.int(201, 989)}.${g.int(200, 999)}.${g.digits(4)}`,
    () => `id=${g.int(100000000, 999999999)} account ${g.digits(9)} ref ${g.digits(9)} batch ${g.digits(9)}`,
    () => `ts=${g.int(1600000000, 1799999999)} ts_ms=${g.int(1600000000, 1799999999)}${g.digits(3)} at ${g.int(2019, 2026)}-${g.pad(g.int(1, 12), 2)}-${g.pad(g.int(1, 28), 2)} ${g.pad(g.int(0, 23), 2)}:${g.pad(g.int(0, 59), 2)}:${g.pad(g.int(0, 59), 2)}`,
    () => `upgrade to v${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 20)}.${g.int(0, 200)}; version ${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(0, 99)}; pkg==${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(0, 9)}; node ${g.int(14, 22)}.${g.int(0, 20)}.${g.int(0, 9)}`,
    () => g.pick([
      `  for (let i = 0; i < ${g.int(2, 5000)}; i++) { buf[i] = (i * ${g.int(3, 97)}) & 0xff; }`,
      `  const ${g.pick(['E11', 'A10', 'C45', 'Z99'])} = matrix[${g.int(0, 9)}][${g.int(0, 9)}]; // cell ${g.pick(['B12', 'D40', 'F10'])}`,
      `  return crc32(data) === 0x${hex(8)} && size < ${g.digits(9)};`,
      `import { ${g.pick(['useState', 'useMemo'])} } from '@scope/pkg@${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}';`,
      `  headers['X-Request-Id'] = '${uuid()}'; // see RFC ${g.int(1000, 9999)} section ${g.int(1, 9)}.${g.int(1, 9)}`,
      `  img.src = 'icons/logo@2x.png'; mail('noreply@example.com');`,
    ]),
  ];
  for (let i = 0; i < lines; i++) out.push(kinds[i % kinds.length]!());
  return out.join('\n') + '\n';
}
