/**
 * Context words: most identifiers are only believable with a word nearby that says what they
 * are. We look a fixed window back from the candidate (the window is part of the scanner's
 * carried tail, so a chunk boundary never hides it).
 */
export const CONTEXT_WINDOW = 48;

/** True when `re` (not global) matches the `window` bytes before `start`. */
export function before(text: string, start: number, re: RegExp, window = CONTEXT_WINDOW): boolean {
  const from = start > window ? start - window : 0;
  return re.test(text.slice(from, start));
}

/** Words that make almost any identifier nearby more likely to be about a patient. */
export const PATIENT_CONTEXT = /patient|\bpt\b|\bdob\b|date of birth|\bmrn\b|medical record|member|beneficiar|insured|subscriber/i;

/**
 * Run a global regex over text[from, to) only, with one byte either side in view so its
 * look-behind and look-ahead see the real neighbours; `m.index` is rewritten to be absolute.
 * Used by the numeric dispatcher to run several validators over one short candidate span.
 */
export function eachMatchIn(re: RegExp, text: string, from: number, to: number, fn: (m: RegExpExecArray) => void): void {
  const lo = from > 0 ? from - 1 : 0;
  const slice = text.slice(lo, to + 2);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    m.index += lo;
    if (m.index >= from && m.index < to) fn(m);
  }
}
