import type { Detector } from './types.js';

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
// No leading look-behind: it stops V8 from skipping ahead cheaply (measured ~1.8x slower).
// The same rule (the label is not the tail of a longer word) is checked in scan().
const RE = new RegExp(`(?:(${MRN})|(${MEMBER}))${SEP}([A-Za-z0-9][A-Za-z0-9-]{4,19})(?![A-Za-z0-9-])`, 'gi');
const LONGEST = 36 + 30 + 20;

function isLetter(c: number): boolean {
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

export const recordIdDetector: Detector = {
  types: ['mrn', 'member_id'],
  maxLength: LONGEST,
  scan(text, emit) {
    RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(text)) !== null) {
      if (m.index > 0 && isLetter(text.charCodeAt(m.index - 1))) {
        RE.lastIndex = m.index + 1; // exactly what a look-behind would have done
        continue;
      }
      const token = m[3]!;
      if (digitCount(token) < 4) continue;
      const end = m.index + m[0].length;
      emit(m[1] !== undefined ? 'mrn' : 'member_id', end - token.length, end, 0.9);
    }
  },
};
