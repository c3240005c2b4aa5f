import { deaChecksumValid } from './checksums.js';
import { before, eachMatch } from './context.js';
import type { Detector } from './types.js';

/*
 * DEA registration number: registrant-type letter, the registrant's surname initial (or 9
 * for a business), seven digits whose last is ((d1+d3+d5) + 2*(d2+d4+d6)) mod 10. The
 * checksum passes one random number in ten, so a bare one is only just reported (0.55);
 * a prescriber word makes it sure.
 */
// Look-behind after four bytes: V8 rejects most positions on a cheap four-byte check first.
const RE = /[ABCDEFGHJKLMPRSTUX][A-Z9](\d\d)(?<![\w-]....)(\d{5})(?![\w-])/g;
// Record and account labels: "MRN MR1234567" is a record number that happens to pass the checksum.
const NOT_DEA = /mrn|record|member|policy|subscriber|order|invoice|account|patient[ _-]?id|chart/i;
const DEA_WORDS = /\bdea\b|prescriber|registration|\brx\b|controlled|schedule [ivx]+|physician|\bdr\.? /i;

export const deaDetector: Detector = {
  types: ['dea'],
  maxLength: 9,
  scan(text, emit) {
    eachMatch(RE, text, (m) => {
      if (!deaChecksumValid(m[1]! + m[2]!)) return;
      const conf = before(text, m.index, DEA_WORDS) ? 0.95 : before(text, m.index, NOT_DEA, 24) ? 0.3 : 0.55;
      emit('dea', m.index, m.index + 9, conf);
    });
  },
};
