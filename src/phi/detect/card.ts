import { luhnValid } from './checksums.js';
import { before, eachMatchIn } from './context.js';
import type { Detector } from './types.js';

/*
 * Payment card numbers (PII next to PHI, PCI scope). 13–19 digits, written plain or in
 * groups of four (Amex 4-6-5) separated by one space or dash used consistently; Luhn must hold
 * and the issuer prefix (IIN) must be one a card network uses with that length. Plain digit
 * runs are ids as often as cards, so they score lower; 17–19 plain digits (rare card lengths,
 * common for numeric ids and nanosecond timestamps) stay under the default threshold unless a
 * card word precedes them.
 */
const RE = /(?<![\w.\/:+-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?|3[47]\d\d([ -])\d{6}\2\d{5}|\d{13,19})(?![\w\/:-]|\.\d)/g;
const CARD_WORDS = /card|\bvisa\b|master ?card|\bamex\b|american express|discover|\bcc\b|credit|debit|payment|\bpan\b/i;

/** Does a card network issue numbers with this prefix at this length? */
export function iinValid(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // Amex
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19; // Diners
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  return false;
}

export const cardDetector: Detector = {
  types: ['payment_card'],
  maxLength: 23,
  scan(text, emit, from = 0, to = text.length) {
    eachMatchIn(RE, text, from, to, (m) => {
      const raw = m[0];
      const grouped = m[1] !== undefined || m[2] !== undefined;
      const digits = grouped ? raw.replace(/[ -]/g, '') : raw;
      if (digits.length < 13 || digits.length > 19) return;
      if (!iinValid(digits) || !luhnValid(digits)) return;
      const ctx = before(text, m.index, CARD_WORDS);
      const conf = ctx ? 0.95 : grouped ? 0.85 : digits.length <= 16 ? 0.6 : 0.4;
      emit('payment_card', m.index, m.index + raw.length, conf);
    });
  },
};
