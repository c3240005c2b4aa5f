import { PhiScanner } from '../phi/detect/index.js';
import { prng } from '../util/prng.js';

/*
 * `node dist/bench/phi-bench.js` (PHI_BENCH_MB, default 1024): PHI detector throughput on
 * mixed text — logs with IPs, UUIDs and timestamps; CSV rows with planted identifiers; prose;
 * JSON lines; source code. The text is produced chunk by chunk from a seeded PRNG (never all
 * in memory). For each chunk we time (a) merely touching its bytes (`indexOf` of a byte that
 * never occurs, a full native pass) and (b) pushing it through one PhiScanner; generation is
 * timed by neither. Prints scan MB/s on one core, the ratio scan/read, and peak RSS.
 */


const rand = prng(20260101);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const digits = (n: number): string => { let s = ''; for (let i = 0; i < n; i++) s += String(int(10)); return s; };
const hex = (n: number): string => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(16)]; return s; };
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const ts = (): string => `2025-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}T${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}.${digits(3)}Z`;
const ip = (): string => `${1 + int(223)}.${int(256)}.${int(256)}.${1 + int(254)}`;
const NAMES = ['Garcia', 'Smith', 'Nguyen', 'Patel', 'Johnson', 'Okafor', 'Kowalski', 'Haddad'];
const STREETS = ['Oak', 'Maple', 'Cedar Ridge', 'Martin Luther King', 'Elm', 'Washington', 'Lakeview'];
const WORDS = 'the patient was seen in clinic today for follow up of chronic conditions and reports improvement with current therapy no acute distress vitals stable plan continue medications return in three months'.split(' ');

function logLine(): string {
  return `${ts()} ${pick(['INFO', 'WARN', 'DEBUG', 'ERROR'])} [${pick(['api', 'worker', 'auth', 'billing'])}] req=${uuid()} trace=${hex(32)} client=${ip()} ` +
    `method=${pick(['GET', 'POST'])} path=/v2/${pick(['claims', 'orders', 'users'])}/${digits(9)} status=${pick([200, 201, 404, 500])} dur_ms=${int(5000)} bytes=${digits(5)}\n`;
}
function csvRow(): string {
  const planted = int(4) === 0;
  return `${digits(7)},${pick(NAMES)},${pick(['F', 'M'])},${planted ? `SSN ${100 + int(500)}-${10 + int(89)}-${1000 + int(8999)}` : digits(9)},` +
    `${planted ? `DOB: ${1 + int(12)}/${1 + int(28)}/${1940 + int(80)}` : `2024-0${1 + int(9)}-1${int(9)}`},${planted ? `(${200 + int(700)}) ${200 + int(700)}-${digits(4)}` : `ORD-${digits(3)}-${digits(3)}-${digits(4)}`},` +
    `${planted ? `${1 + int(9999)} ${pick(STREETS)} ${pick(['St', 'Ave', 'Road', 'Blvd'])}` : 'n/a'},${(rand() * 1000).toFixed(2)}\n`;
}
function prose(): string {
  let s = '';
  const n = 12 + int(30);
  for (let i = 0; i < n; i++) s += (i ? ' ' : '') + pick(WORDS);
  if (int(5) === 0) s += ` MRN: ${digits(8)}. Dx: E11.${int(10)}`;
  if (int(8) === 0) s += ` contact ${pick(NAMES).toLowerCase()}@${pick(['mailhost.net', 'clinic.org', 'health.io'])}`;
  return s + '.\n';
}
function jsonLine(): string {
  return `{"id":"${uuid()}","ts":${1700000000 + int(50000000)},"event":"${pick(['view', 'update', 'login'])}","user":${digits(6)},"version":"${int(5)}.${int(20)}.${int(30)}","amount":${(rand() * 500).toFixed(2)},"ok":${rand() < 0.9}}\n`;
}
function codeLine(): string {
  return pick([
    `  const total = items.reduce((acc, x) => acc + x.price * ${int(100)}, 0);\n`,
    `  if (status === ${pick([200, 404, 500])} && retries < ${int(10)}) { await sleep(${int(1000)}); }\n`,
    `export function handle${pick(NAMES)}(req: Request): Promise<Response> {\n`,
    `  // TODO(${pick(NAMES).toLowerCase()}): remove after v${int(5)}.${int(10)}.${int(10)} migration\n`,
    `  private readonly cache = new Map<string, number>(); // max ${digits(4)} entries\n`,
  ]);
}

const POOL: string[] = [];
for (let i = 0; i < 20000; i++) POOL.push(pick([logLine, logLine, csvRow, prose, jsonLine, codeLine])());
// Digit density drives the cost of the digit-led detectors; printed so runs can be compared.
const poolText = POOL.join('');
const digitShare = (poolText.match(/\d/g)?.length ?? 0) / poolText.length;

function chunk(bytes: number): Buffer {
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const line = POOL[int(POOL.length)]!;
    parts.push(line);
    n += line.length;
  }
  return Buffer.from(parts.join(''), 'latin1');
}

const totalMb = Number(process.env.PHI_BENCH_MB ?? 1024);
const CHUNK = 1 << 20;
const scanner = new PhiScanner();
let readNs = 0n;
let scanNs = 0n;
let bytes = 0;
let sink = 0;
let peakRss = process.memoryUsage().rss;
for (let i = 0; i < totalMb; i++) {
  const buf = chunk(CHUNK);
  bytes += buf.length;
  const r0 = process.hrtime.bigint();
  sink += buf.indexOf(0xfe);
  const r1 = process.hrtime.bigint();
  scanner.push(buf);
  const r2 = process.hrtime.bigint();
  readNs += r1 - r0;
  scanNs += r2 - r1;
  if ((i & 63) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const f0 = process.hrtime.bigint();
const summaries = scanner.finish();
scanNs += process.hrtime.bigint() - f0;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const mb = bytes / 1e6;
const scanS = Number(scanNs) / 1e9;
const readS = Number(readNs) / 1e9;
const counts = summaries.map((s) => `${s.type}=${s.count}`).join(' ');
process.stdout.write(
  `phi-bench: ${mb.toFixed(0)} MB mixed text, ${(digitShare * 100).toFixed(0)}% digits (sink ${sink < 0 ? 'ok' : sink})\n` +
  `  read:  ${readS.toFixed(3)} s (${(mb / readS).toFixed(0)} MB/s)\n` +
  `  scan:  ${scanS.toFixed(3)} s (${(mb / scanS).toFixed(1)} MB/s per core)\n` +
  `  ratio scan/read: ${(scanS / readS).toFixed(1)}\n` +
  `  peak RSS: ${(peakRss / 1048576).toFixed(0)} MB\n` +
  `  found: ${counts}\n`,
);
