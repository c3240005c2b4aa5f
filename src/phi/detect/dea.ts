import { deaChecksumValid } from './checksums.js';
import { before } from './context.js';
import type { Emit } from './types.js';

/*
 * DEA registration number: registrant-type letter, the registrant's surname initial (or 9
 * for a business), seven digits whose last is ((d1+d3+d5) + 2*(d2+d4+d6)) mod 10. The
 * checksum passes one random number in ten, so a bare one is only just reported (0.55);
 * a prescriber word makes it sure.
 */
// Sticky, tried only at token starts (numeric.ts's byte loop): the caller has checked the
// byte before is not [\w-], which was this pattern's look-behind when it scanned the text.
const RE = /[ABCDEFGHJKLMPRSTUX][A-Z9](\d\d)(\d{5})(?![\w-])/y;
// Record and account labels: "MRN MR1234567" is a record number that happens to pass the checksum.
const NOT_DEA = /mrn|record|member|policy|subscriber|order|invoice|account|patient[ _-]?id|chart/i;
const DEA_WORDS = /\bdea\b|prescriber|registration|\brx\b|controlled|schedule [ivx]+|physician|\bdr\.? /i;

/** A DEA number starting at `at`, a token start (the byte before is not [\w-]). */
export function deaAt(text: string, emit: Emit, at: number): void {
  RE.lastIndex = at;
  const m = RE.exec(text);
  if (m === null || !deaChecksumValid(m[1]! + m[2]!)) return;
  const conf = before(text, at, DEA_WORDS) ? 0.95 : before(text, at, NOT_DEA, 24) ? 0.3 : 0.55;
  emit('dea', at, at + 9, conf);
}
