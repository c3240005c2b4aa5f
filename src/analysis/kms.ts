import type { AnyResource, Resource } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';
import type { RuleContext } from '../rules/types.js';

export type KeyManagement =
  | { manager: 'CUSTOMER' | 'AWS'; why: string; key?: Resource<'AWS::KMS::Key'> }
  | { manager: 'unknown'; reason: string; key?: Resource<'AWS::KMS::Key'> };

const ARN = /^arn:aws[a-z-]*:kms:[^:]*:([^:]*):(key|alias)\/(.+)$/;

/**
 * Who manages the KMS key a resource names (key id, key ARN, alias name or alias ARN, or
 * an IaC reference): the key in the inventory says so; failing that, what the identifier
 * itself proves.
 */
export function keyManagement(ref: string, from: AnyResource, ctx: Pick<RuleContext, 'lookup'>): KeyManagement {
  const arn = ARN.exec(ref);
  const aliasName = arn?.[2] === 'alias' ? `alias/${arn[3]}` : ref.startsWith('alias/') ? ref : undefined;
  if (aliasName?.startsWith('alias/aws/')) {
    return { manager: 'AWS', why: `${aliasName} is the alias of an AWS managed key` };
  }

  const key = ctx.lookup('AWS::KMS::Key', ref, from);
  if (key) {
    const m = key.props.keyManager;
    if (isUnknown(m)) return { manager: 'unknown', reason: `the key's manager is unknown: ${m.$unknown}`, key };
    return { manager: m, why: `the key ${key.name} is ${m === 'AWS' ? 'AWS' : 'customer'} managed`, key };
  }

  // The alias/aws/ prefix is reserved, and AWS does not let a customer alias point at an
  // AWS managed key, so any other alias names a customer-managed key.
  if (aliasName) return { manager: 'CUSTOMER', why: `${aliasName} is a customer alias` };
  const keyId = arn?.[2] === 'key' ? arn[3]! : ref;
  // Multi-Region keys (mrk-…) exist only as customer-managed keys.
  if (keyId.startsWith('mrk-')) return { manager: 'CUSTOMER', why: `${keyId} is a multi-Region key` };
  const keyAccount = arn?.[1];
  if (keyAccount && typeof from.account === 'string' && keyAccount !== from.account) {
    // AWS managed keys cannot be used from another account.
    return { manager: 'CUSTOMER', why: `the key belongs to another account (${keyAccount})` };
  }
  const account = keyAccount && isUnknown(from.account) ? `, and the account of ${from.name} is unknown` : '';
  return { manager: 'unknown', reason: `the key ${ref} is not in the inventory${account}, so who manages it cannot be told` };
}
