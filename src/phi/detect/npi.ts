import { npiValid } from './checksums.js';
import { before, eachMatchIn } from './context.js';
import type { Detector } from './types.js';

/*
 * National Provider Identifier: ten digits starting 1 or 2 whose Luhn check (over 80840 +
 * the number) holds. One in ten of all ten-digit numbers passes Luhn, and epoch seconds
 * (17xxxxxxxx) start with 1, so a bare one is not believable: it is reported only after a
 * provider word. (An NPI identifies a provider, not a patient, but alongside patient data it
 * is part of the record.)
 */
const RE = /(?<![\w.\/:+-])[12]\d{9}(?![\w\/:-]|\.\d)/g;
const NPI_WORDS = /\bnpi\b|provider|prescriber|physician|practitioner|rendering|referring|attending|\bdr\.? |\bmd\b/i;

export const npiDetector: Detector = {
  types: ['npi'],
  maxLength: 10,
  scan(text, emit, from = 0, to = text.length) {
    eachMatchIn(RE, text, from, to, (m) => {
      if (!npiValid(m[0])) return;
      emit('npi', m.index, m.index + 10, before(text, m.index, NPI_WORDS) ? 0.95 : 0.3);
    });
  },
};
