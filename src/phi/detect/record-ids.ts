import type { Emit } from './types.js';

/*
 * Medical record numbers and health-plan member numbers have no shape of their own (every
 * hospital and payer picks one), so they are found only as a labelled value: a label such as
 * "MRN", "medical record number", "member ID", "subscriber id", "policy number" (also as
 * keys: member_id, "mrn":, policyNumber=) followed by a token of 5–20 letters/digits/dashes
 * with at least 4 digits (so "MRN is required" is not a record number). The reported range is
 * the token only.
 */
const SEP = `["']?[ \\t]{0,3}(?:[:#=]|no\\.?|num(?:ber)?)?[ \\t]{0,3}[:#=]?[ \\t]{0,3}["']?(?:is[ \\t]{1,3})?`;
const MRN = `mrn|medical[ _-]?record(?:[ _-]?(?:number|num|no\\.?|#|id))?|patient[ _-]?id|chart[ _-]?(?:number|num|no\\.?|#|id)|\\bmr#`;
const MEMBER = `member[ _-]?(?:id|number|num|no\\.?|#)|subscriber[ _-]?(?:id|number|num|no\\.?|#)|policy[ _-]?(?:id|number|num|no\\.?|#)|health[ _-]?plan[ _-]?(?:id|number|num|no\\.?)|insurance[ _-]?(?:id|number|num|no\\.?)|group[ _-]?(?:number|num|no\\.?)`;
// Sticky: keywords.ts tries it only where a label's first two letters are, and checks there
// that the label is not the tail of a longer word (what a look-behind would do).
const RE = new RegExp(`(?:(${MRN})|(${MEMBER}))${SEP}([A-Za-z0-9][A-Za-z0-9-]{4,19})(?![A-Za-z0-9-])`, 'yi');
export const RECORD_ID_MAX = 36 + 30 + 20;
/** Lower-case first three or four bytes of every label above (keywords.ts's prefilter). */
export const RECORD_ID_PREFIXES = ['mrn', 'mr#', 'medi', 'memb', 'pati', 'char', 'subs', 'poli', 'heal', 'insu', 'grou'];

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * A labelled record or member id at `at` (the caller has checked the byte before is not a
 * letter). Returns the end of the match, emitted or not, or -1: like the global scan this
 * replaces, the next label is looked for after it.
 */
export function recordIdAt(text: string, emit: Emit, at: number): number {
  RE.lastIndex = at;
  const m = RE.exec(text);
  if (m === null) return -1;
  const end = at + m[0].length;
  const token = m[3]!;
  if (digitCount(token) >= 4) emit(m[1] !== undefined ? 'mrn' : 'member_id', end - token.length, end, 0.9);
  return end;
}
