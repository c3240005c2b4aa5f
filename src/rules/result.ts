import { isUnknown, type Known } from '../model/unknown.js';
import type { Evidence, RuleResult } from './types.js';

export function pass(message: string, ...evidence: Evidence[]): RuleResult {
  return { status: 'pass', message, evidence };
}

export function fail(message: string, ...evidence: Evidence[]): RuleResult {
  return { status: 'fail', message, evidence };
}

export function notAssessed(reason: string, ...evidence: Evidence[]): RuleResult {
  return { status: 'not_assessed', message: `Could not assess: ${reason}`, reason, evidence };
}

export function ev(path: string, value: unknown): Evidence {
  return { path, value };
}

/**
 * Reads a property the rule needs; when it is unknown the caller returns this
 * not_assessed result instead of guessing. Usage:
 *   const enc = r.props.encryption; if (isUnknown(enc)) return unknownResult('encryption', enc);
 */
export function unknownResult(path: string, value: Known<unknown>): RuleResult {
  const reason = isUnknown(value) ? value.$unknown : 'value unknown';
  return notAssessed(`${path} is unknown: ${reason}`, ev(path, value));
}
