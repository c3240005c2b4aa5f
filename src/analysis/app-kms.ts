import type { AnyResource } from '../model/resource.js';
import { isUnknown, type Known } from '../model/unknown.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../rules/result.js';
import type { RuleContext, RuleResult } from '../rules/types.js';
import { keyManagement } from './kms.js';

/**
 * The common verdict of "encrypts with a customer-managed KMS key": `path` names the prop
 * holding the key, `none` says what a null key means for this service (an AWS managed key,
 * or no encryption at all).
 */
export function customerKeyVerdict(
  resource: AnyResource,
  ctx: Pick<RuleContext, 'lookup'>,
  path: string,
  keyRef: Known<string | null>,
  none: string,
): RuleResult {
  if (isUnknown(keyRef)) return unknownResult(path, keyRef);
  const keyEv = ev(path, keyRef);
  if (keyRef === null) return fail(none, keyEv);
  const km = keyManagement(keyRef, resource, ctx);
  const evidence = [keyEv, ...(km.key ? [ev('key.keyManager', km.key.props.keyManager)] : [])];
  if (km.manager === 'unknown') return notAssessed(km.reason, ...evidence);
  if (km.manager === 'AWS') return fail(`Encrypted with an AWS managed key, not a customer-managed one: ${km.why}.`, ...evidence);
  return pass(`Encrypted with a customer-managed KMS key: ${km.why}.`, ...evidence);
}
