import { before } from './context.js';
import type { Emit } from './types.js';

/*
 * ICD-10-CM diagnosis codes: a letter (U is reserved for special use), a digit, a digit or
 * letter (C4A, M1A…), then optionally '.' and 1–4 letters/digits. The shape alone matches
 * part numbers, grid cells and error codes everywhere, so a code counts only with a clinical
 * word before it. "code" by itself is not clinical (source code says it constantly); it
 * counts only as "diagnosis code", "dx code", "icd code". A list ("Dx: E11.9, I10, J45.909")
 * keeps its context because the window reaches back over the earlier codes.
 */
// Sticky, tried only at token starts (numeric.ts's byte loop), which checks the byte before
// is not [\w-]; icd10At adds '.', '/' and ':' — together the look-behind this pattern had
// when it scanned the whole text.
const RE = /[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?(?![\w\/:-]|\.\w)/y;
const ICD_WORDS = /diagnos|\bdx\b|\bicd|\bdiag\b|problem list|assessment|impression|condition/i;
const ICD_WINDOW = 64;

/** An ICD-10 code starting at `at`, a token start (the byte before is not [\w-]). */
export function icd10At(text: string, emit: Emit, at: number): void {
  if (at > 0) {
    const p = text.charCodeAt(at - 1);
    if (p === 46 || p === 47 || p === 58) return; // . / :
  }
  RE.lastIndex = at;
  const m = RE.exec(text);
  if (m === null || !before(text, at, ICD_WORDS, ICD_WINDOW)) return;
  emit('icd10', at, at + m[0].length, 0.9);
}
