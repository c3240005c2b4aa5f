import { ADDRESS_MAX, AddressScan, SUFFIX_PREFIXES } from './address.js';
import { DOB_MAX, DOB_PREFIXES, dobAt } from './dob.js';
import { isLetter, RECORD_ID_MAX, RECORD_ID_PREFIXES, recordIdAt } from './record-ids.js';
import type { Detector, EntityType } from './types.js';

/*
 * Label- and word-led detectors share one pass: record and member ids (label), dates of
 * birth (label) and street addresses (suffix word). Each used to be a global regex over the
 * whole window, which V8 attempts at nearly every byte (2–4 ms per MB each here). Instead one
 * loop looks each byte pair up in a 64 KiB table of the pairs a match can start with (a
 * label's first two letters in either case; a space or tab before a suffix's capital); a
 * hit is then checked against the label's first three or four bytes (common pairs like "pa"
 * or "da" would otherwise run the regex ~18,000 times per MB of the bench text), and only
 * then does the detector's own pattern, now sticky, run. The prefixes only skip positions
 * where no match can start, so matches are the global scans': candidates are visited in text
 * order and, per detector, one before the end of its previous match is skipped, just as a
 * global regex resumes at lastIndex.
 */
const RECORD = 1;
const DOB = 2;
const ADDRESS = 4;
const PAIRS = new Uint8Array(65536);

/** ASCII lower case, which is all the case-insensitive label patterns fold. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** Lower-case prefixes as numbers (3 or 4 bytes, big-endian) for the second check. */
function keys(prefixes: readonly string[], len: number): Set<number> {
  const out = new Set<number>();
  for (const p of prefixes) {
    if (p.length !== len) continue;
    let k = 0;
    for (let i = 0; i < len; i++) k = k * 256 + p.charCodeAt(i);
    out.add(k);
  }
  return out;
}

function addCaseless(prefix: string, flag: number): void {
  const cases = (c: string): number[] => [...new Set([c.toLowerCase(), c.toUpperCase()])].map((x) => x.charCodeAt(0));
  for (const a of cases(prefix[0]!)) for (const b of cases(prefix[1]!)) PAIRS[(a << 8) | b]! |= flag;
}

for (const p of RECORD_ID_PREFIXES) addCaseless(p, RECORD);
for (const p of DOB_PREFIXES) addCaseless(p, DOB);
for (const p of SUFFIX_PREFIXES) {
  PAIRS[(32 << 8) | p.charCodeAt(0)]! |= ADDRESS;
  PAIRS[(9 << 8) | p.charCodeAt(0)]! |= ADDRESS;
}
const RECORD3 = keys(RECORD_ID_PREFIXES, 3);
const RECORD4 = keys(RECORD_ID_PREFIXES, 4);
const DOB3 = keys(DOB_PREFIXES, 3);
const DOB4 = keys(DOB_PREFIXES, 4);
/** A suffix's first two letters (case-sensitive, like the suffix pattern). */
const SUFFIX2 = new Set(SUFFIX_PREFIXES.map((p) => (p.charCodeAt(0) << 8) | p.charCodeAt(1)));

/**
 * The first i ≥ from where bytes i, i+1 are a pair in PAIRS, or -1. Kept apart from the
 * candidate checks so the hot loop has no calls in it (measured ~20% faster than one loop).
 */
function nextPair(b: Uint8Array, from: number): number {
  const last = b.length - 1;
  for (let i = from; i < last; i++) {
    if (PAIRS[(b[i]! << 8) | b[i + 1]!] !== 0) return i;
  }
  return -1;
}

export const keywordDetector: Detector = {
  types: ['mrn', 'member_id', 'dob', 'address'] satisfies EntityType[],
  maxLength: Math.max(RECORD_ID_MAX, DOB_MAX, ADDRESS_MAX),
  scan(text, emit, _from, _to, bytes) {
    const b = bytes ?? Buffer.from(text, 'latin1');
    const len = b.length;
    const address = new AddressScan(text, emit);
    // Where each detector's previous match ended: its next one starts no earlier.
    let recordEnd = 0;
    let dobEnd = 0;
    let addressEnd = 0;
    for (let i = nextPair(b, 0); i >= 0; i = nextPair(b, i + 1)) {
      const f = PAIRS[(b[i]! << 8) | b[i + 1]!]!;
      if ((f & (RECORD | DOB)) !== 0 && i + 3 < len) {
        // Every label match is longer than four bytes, so b[i + 3] exists when one starts here.
        const k3 = lower(b[i]!) * 65536 + lower(b[i + 1]!) * 256 + lower(b[i + 2]!);
        const k4 = k3 * 256 + lower(b[i + 3]!);
        if ((f & RECORD) !== 0 && i >= recordEnd && (RECORD4.has(k4) || RECORD3.has(k3)) &&
            (i === 0 || !isLetter(b[i - 1]!))) {
          const e = recordIdAt(text, emit, i);
          if (e >= 0) recordEnd = e;
        }
        if ((f & DOB) !== 0 && i >= dobEnd && (DOB4.has(k4) || DOB3.has(k3))) {
          const e = dobAt(text, emit, i);
          if (e >= 0) dobEnd = e;
        }
      }
      if ((f & ADDRESS) !== 0 && i >= addressEnd && i + 2 < len && SUFFIX2.has((b[i + 1]! << 8) | b[i + 2]!)) {
        const e = address.suffixAt(i);
        if (e >= 0) addressEnd = e;
      }
    }
    address.finish();
  },
};
