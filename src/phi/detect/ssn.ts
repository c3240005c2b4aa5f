import { before, eachMatchIn } from './context.js';
import type { Detector } from './types.js';

/*
 * Social Security numbers. `AAA-GG-SSSS` is believable alone; nine bare (or space-separated)
 * digits are every other id in a log, so they count only after an SSN word. SSA never issues
 * area 000, 666 or 900–999, group 00 or serial 0000, and a few numbers are famous from
 * advertising (078-05-1120 on a wallet insert, 219-09-9999 in an SSA leaflet, 123-45-6789).
 * Boundaries exclude digits, letters, '.', '/', ':' and '-' so dates, versions, times and
 * longer dashed ids are not split into a fake SSN.
 */
const RE = /(?<![\w.\/:-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w\/:-]|\.\d)/g;
const SSN_WORDS = /\bssn\b|\bss#|social security|\bsocial\b|soc\.? ?sec/i;
const FAMOUS = new Set(['078051120', '219099999', '123456789']);

export function ssnParts(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900) return false;
  if (group === '00' || serial === '0000') return false;
  return !FAMOUS.has(area + group + serial);
}

export const ssnDetector: Detector = {
  types: ['ssn'],
  maxLength: 11,
  scan(text, emit, from = 0, to = text.length) {
    eachMatchIn(RE, text, from, to, (m) => {
      if (!ssnParts(m[1]!, m[3]!, m[4]!)) return;
      const dashed = m[2] === '-';
      const ctx = before(text, m.index, SSN_WORDS);
      // Dashed and valid: 0.6 alone. Bare digits: only an SSN word makes them one.
      const conf = ctx ? 0.95 : dashed ? 0.6 : 0.2;
      emit('ssn', m.index, m.index + m[0].length, conf);
    });
  },
};
