import { before } from './context.js';
import type { Emit } from './types.js';

/*
 * US street addresses: house number, optional direction, one to four capitalised street-name
 * words (or an ordinal like 5th), a street suffix, optional unit, optional ", City, ST 12345".
 * Number + name + suffix alone is believable (0.7); a valid state and ZIP or an address word
 * before it makes it sure.
 * Speed: a regex led by the house number would try every digit in the text. We find the
 * street suffix words instead (rare, literal), look back at most BACK_SPAN bytes for the
 * number and name, and read forward for unit/city/state/ZIP. Two suffixes in one address
 * ("100 Park Place Dr") give overlapping candidates with the same start; the longer wins.
 */
const FULL = 'Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Parkway|Highway|Circle|Square|Trail|Loop|Alley|Plaza';
const ABBR = 'St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Pkwy|Hwy|Cir|Sq|Trl';
const SUFFIX = `${FULL}|${ABBR}`;
const WORD = '[A-Z][a-z]{1,20}';
// Led by the space before the suffix; sticky: keywords.ts tries it only where a space or tab
// is followed by a suffix's first letter.
const SUFFIX_RE = new RegExp(`[ \\t](?:${SUFFIX})\\b`, 'y');
/** First two letters of every suffix above (keywords.ts's prefilter). */
export const SUFFIX_PREFIXES = SUFFIX.split('|').map((w) => w.slice(0, 2));
const BACK = new RegExp(
  `(?<![\\w.\\/:-])\\d{1,6}[A-Z]?[ \\t]{1,2}(?:(?:[NSEW]\\.?|North|South|East|West)[ \\t]{1,2})?` +
  `(?:${WORD}|\\d{1,3}(?:st|nd|rd|th))(?:[ \\t]${WORD}){0,3}[ \\t]{1,2}$`,
);
const BACK_SPAN = 7 + 2 + 7 + 3 + 4 * 22 + 2;
const FORWARD = new RegExp(
  // An abbreviation may carry its period (St.); a full word's period ends the sentence.
  `(?:(?:${FULL})\\b|(?:${ABBR})\\b\\.?)` +
  `(?:,?[ \\t]{1,2}(?:Apt|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\\.?[ \\t]{0,2}#?[A-Za-z0-9-]{1,6})?` +
  `(?:,?[ \\t]{1,2}(${WORD}(?:[ \\t]${WORD}){0,2}),[ \\t]{1,2}([A-Z]{2})[ \\t]{1,2}(\\d{5})(?:-\\d{4})?)?` +
  `(?![\\w-])`,
  'y',
);
const FORWARD_MAX = 11 + 14 + 70 + 16;
const ADDRESS_WORDS = /address|\baddr\b|resides|lives at|residence|street|mailing|home:/i;
const STATES = new Set(('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY ' +
  'NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP').split(' '));

export const ADDRESS_MAX = BACK_SPAN + FORWARD_MAX;

/**
 * Street addresses found from suffix words, fed in text order by keywords.ts: `suffixAt(i)`
 * for each space or tab followed by a suffix's first letter, then `finish()`.
 */
export class AddressScan {
  private pStart = -1;
  private pEnd = -1;
  private pConf = 0;

  constructor(private readonly text: string, private readonly emit: Emit) {}

  /** Returns the end of the suffix match at `i`, or -1 when there is none. */
  suffixAt(i: number): number {
    const text = this.text;
    SUFFIX_RE.lastIndex = i;
    const s = SUFFIX_RE.exec(text);
    if (s === null) return -1;
    const sEnd = i + s[0].length;
    const at = i + 1;
    const lo = at > BACK_SPAN ? at - BACK_SPAN - 1 : 0;
    const back = BACK.exec(text.slice(lo, at));
    if (back === null || (back.index === 0 && lo > 0)) return sEnd;
    FORWARD.lastIndex = at;
    const fwd = FORWARD.exec(text);
    if (fwd === null) return sEnd;
    const start = lo + back.index;
    const end = at + fwd[0].length;
    if (start === this.pStart) {
      if (end > this.pEnd) this.pEnd = end;
      return sEnd;
    }
    if (start < this.pEnd) return sEnd;
    if (this.pStart >= 0) this.emit('address', this.pStart, this.pEnd, this.pConf);
    const withZip = fwd[2] !== undefined && STATES.has(fwd[2]) && fwd[3] !== '00000';
    this.pStart = start;
    this.pEnd = end;
    this.pConf = withZip ? 0.95 : before(text, start, ADDRESS_WORDS) ? 0.9 : 0.7;
    return sEnd;
  }

  finish(): void {
    if (this.pStart >= 0) this.emit('address', this.pStart, this.pEnd, this.pConf);
  }
}
