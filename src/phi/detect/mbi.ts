import { before, PATIENT_CONTEXT } from './context.js';
import type { Detector } from './types.js';

/*
 * Medicare Beneficiary Identifier (CMS format, 11 characters): C A AN N A AN N A A N N where
 * C is 1–9, A a letter, N a digit and AN either; letters never include S, L, O, I, B or Z.
 * Printed either plain or as 1EG4-TE5-MK73. CMS issues them in upper case; we accept only
 * upper case, which keeps random lower-case tokens out. The fixed letter/digit positions make
 * an accidental match in a random upper-case token of exactly that length rare (about 1 in
 * 10^4), so a bare one is reported, and a Medicare word lifts it.
 */
const L = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
const RE = new RegExp(`(?<![A-Za-z0-9-])[1-9]${L}${AN}[0-9](-?)${L}${AN}[0-9]\\1${L}${L}[0-9]{2}(?![A-Za-z0-9]|-[A-Za-z0-9])`, 'y');
const MBI_WORDS = /medicare|\bmbi\b|\bhicn?\b|beneficiar|\bcms\b/i;

export const mbiDetector: Detector = {
  types: ['mbi'],
  maxLength: 13,
  /**
   * Called by the numeric dispatcher at each token-start digit followed by an MBI letter
   * (a sticky match there); `to` is ignored, an MBI is 11–13 bytes.
   */
  scan(text, emit, from = 0) {
    RE.lastIndex = from;
    const m = RE.exec(text);
    if (m !== null) {
      const conf = before(text, m.index, MBI_WORDS) ? 0.97 : before(text, m.index, PATIENT_CONTEXT) ? 0.85 : 0.6;
      emit('mbi', m.index, m.index + m[0].length, conf);
    }
  },
};
