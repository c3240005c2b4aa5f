import { before, eachMatchIn } from './context.js';
import type { Detector } from './types.js';

/*
 * North American (NANP) phone numbers. Decisions:
 * - Area code and exchange are NXX (first digit 2–9) and not N11 service codes; an area code
 *   never has 9 as its middle digit (reserved for expansion).
 * - 555-0100..555-0199 is reserved for fiction: never a person's number, rejected outright.
 * - A formatted number ((415) 555-2671, 415-555-2671, 415.555.2671, +1 415 555 2671) is
 *   believable alone (0.6); ten bare digits are any id, so they need a phone word.
 * - Order, invoice, tracking and reference numbers formatted like phones are the classic
 *   false positive: such a word just before the number rejects it.
 */
const RE = /(?<![\w.\/:+#-])(\+?1[-. ]?)?(\()?([2-9]\d\d)(?:(?<=\(\d{3})\))?([-. ]{0,2})([2-9]\d\d)([-. ]?)(\d{4})(?![\w\/:-]|\.\d)/g;
const PHONE_WORDS = /phone|\btel\b|\btel\.|cell|mobile|\bfax\b|\bcall\b|contact|\bph\b|\bph\.|\bhome\b|\bwork\b/i;
const NOT_PHONE = /order|invoice|\binv\b|tracking|confirmation|\bref\b|reference|\bsku\b|\bpo\b|ticket|case|\bid\b|serial|account|acct|transaction|txn/i;

export function nanpValid(area: string, exchange: string, line: string): boolean {
  if (area.charCodeAt(1) === 57 /* '9' */) return false;
  if (area[1] === '1' && area[2] === '1') return false;
  if (exchange[1] === '1' && exchange[2] === '1') return false;
  if (exchange === '555' && line.startsWith('01')) return false;
  return true;
}

export const phoneDetector: Detector = {
  types: ['phone'],
  maxLength: 18,
  scan(text, emit, from = 0, to = text.length) {
    eachMatchIn(RE, text, from, to, (m) => {
      const open = m[2] !== undefined;
      const closed = m[0].includes(')');
      if (open !== closed) return;
      if (!nanpValid(m[3]!, m[5]!, m[7]!)) return;
      const formatted = open || m[4] !== '' || m[6] !== '';
      if (before(text, m.index, NOT_PHONE, 24)) return;
      const ctx = before(text, m.index, PHONE_WORDS, 32);
      const conf = ctx ? 0.95 : formatted ? 0.6 : 0.25;
      emit('phone', m.index, m.index + m[0].length, conf);
    });
  },
};
