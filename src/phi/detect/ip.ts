import { before, eachMatchIn } from './context.js';
import type { Detector } from './types.js';

/*
 * IPv4 addresses (a HIPAA identifier when it is a patient's). Octets 0–255 without leading
 * zeros; not part of a longer dotted run (OIDs, 4-part versions inside 5-part ones). Decisions:
 * - Version strings: rejected when preceded by a letter (v1.2.3.4 fails the boundary) or by a
 *   version word or requirement operator (version, ver, release, build, rev, ==, >=, ^, ~, @);
 *   a single '=' (ip=203.0.113.9) is a log key, not a version pin.
 * - Private, loopback, link-local, CGNAT, multicast, reserved and 0.x addresses are
 *   infrastructure, not people: reported at 0.3 (below the default threshold).
 */
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const RE = new RegExp(`(?<![\\w.\\/@^~<>-])${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?![\\w-]|\\.\\d)`, 'g');
const VERSION_WORDS = /(?:(?:version|\bver|release|build|\brev|firmware|\bfw)\b[^\n]{0,4}|[=<>~!]=[ \t]?)$/i;

function isInfrastructure(a: number, b: number): boolean {
  return a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127);
}

export const ipDetector: Detector = {
  types: ['ip'],
  maxLength: 15,
  scan(text, emit, from = 0, to = text.length) {
    eachMatchIn(RE, text, from, to, (m) => {
      if (before(text, m.index, VERSION_WORDS, 16)) return;
      const conf = isInfrastructure(Number(m[1]), Number(m[2])) ? 0.3 : 0.7;
      emit('ip', m.index, m.index + m[0].length, conf);
    });
  },
};
