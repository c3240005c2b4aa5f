import { before, eachMatch } from './context.js';
import type { Detector } from './types.js';

/*
 * ICD-10-CM diagnosis codes: a letter (U is reserved for special use), a digit, a digit or
 * letter (C4A, M1A…), then optionally '.' and 1–4 letters/digits. The shape alone matches
 * part numbers, grid cells and error codes everywhere, so a code counts only with a clinical
 * word before it. "code" by itself is not clinical (source code says it constantly); it
 * counts only as "diagnosis code", "dx code", "icd code". A list ("Dx: E11.9, I10, J45.909")
 * keeps its context because the window reaches back over the earlier codes.
 */
// Look-behind after three bytes so V8's cheap multi-byte check rejects most positions first.
const RE = /[A-TV-Z]\d[0-9A-Z](?<![\w.\/:-]...)(?:\.[0-9A-Z]{1,4})?(?![\w\/:-]|\.\w)/g;
const ICD_WORDS = /diagnos|\bdx\b|\bicd|\bdiag\b|problem list|assessment|impression|condition/i;
const ICD_WINDOW = 64;

export const icd10Detector: Detector = {
  types: ['icd10'],
  maxLength: 8,
  scan(text, emit) {
    eachMatch(RE, text, (m) => {
      if (!before(text, m.index, ICD_WORDS, ICD_WINDOW)) return;
      emit('icd10', m.index, m.index + m[0].length, 0.9);
    });
  },
};
