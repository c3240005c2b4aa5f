import type { Emit } from './types.js';

/*
 * Dates of birth. A date alone is a log timestamp; after "DOB", "date of birth", "born",
 * "birth date" (or keys dob=, "birthDate":) it is a birth date. Formats: MM/DD/YYYY (or
 * M-D-YYYY), YYYY-MM-DD, "Month D, YYYY". The date must exist and the year lie between 1900
 * and this year. The reported range is the date only.
 */
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const LABEL = `\\bdob\\b|\\bd\\.o\\.b\\.?|date[ _-]?of[ _-]?birth|birth[ _-]?date|\\bborn(?:[ \\t]{1,3}on)?|birthday`;
const SEP = `["']?[ \\t]{0,3}[:=]?[ \\t]{0,3}["']?`;
const DATE = `(\\d{1,2})([\\/-])(\\d{1,2})\\2(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|(${MONTHS})\\.?[ \\t]{1,3}(\\d{1,2}),?[ \\t]{1,3}(\\d{4})`;
// Sticky: keywords.ts tries it only where a label's first two bytes are.
const RE = new RegExp(`(?:${LABEL})${SEP}(?:${DATE})(?![\\w\\/-])`, 'yi');
export const DOB_MAX = 80;
/** Lower-case first three or four bytes of every label above (keywords.ts's prefilter). */
export const DOB_PREFIXES = ['dob', 'd.o.', 'date', 'birt', 'born'];
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const THIS_YEAR = new Date().getUTCFullYear();

export function plausibleBirthDate(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > THIS_YEAR || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** A labelled date of birth at `at`; returns the end of the match (emitted or not) or -1. */
export function dobAt(text: string, emit: Emit, at: number): number {
  RE.lastIndex = at;
  const m = RE.exec(text);
  if (m === null) return -1;
  const end = at + m[0].length;
  let y: number, mo: number, d: number, len: number;
  if (m[4] !== undefined) {
    mo = Number(m[1]); d = Number(m[3]); y = Number(m[4]);
    len = m[1]!.length + 1 + m[3]!.length + 1 + 4;
  } else if (m[5] !== undefined) {
    y = Number(m[5]); mo = Number(m[6]); d = Number(m[7]);
    len = 10;
  } else {
    const month = m[8]!.toLowerCase();
    mo = MONTH_INDEX.indexOf(month.slice(0, 3)) + 1;
    d = Number(m[9]); y = Number(m[10]);
    // The date starts at the month name: measure it back from the end of the match.
    len = m[0].length - m[0].toLowerCase().lastIndexOf(month);
  }
  if (plausibleBirthDate(y, mo, d)) emit('dob', end - len, end, 0.9);
  return end;
}
