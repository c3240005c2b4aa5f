import type { KmsKeyProps } from '../../../../model/aws/kms.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { bool, literalName, num, optStr, policy, str } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';

export const KMS_TYPES = ['aws_kms_key', 'aws_kms_alias', 'aws_kms_key_policy'];

function keyOrigin(a: Attrs): Known<string> {
  const store = optStr(a.custom_key_store_id, 'custom_key_store_id');
  if (isUnknown(store)) return store;
  if (store === null) return 'AWS_KMS';
  const xks = optStr(a.xks_key_id, 'xks_key_id');
  if (isUnknown(xks)) return xks;
  return xks === null ? 'AWS_CLOUDHSM' : 'EXTERNAL_KEY_STORE';
}

function keyProps(a: Attrs): KmsKeyProps {
  const enabled = bool(a.is_enabled, true, 'is_enabled');
  const rotation = bool(a.enable_key_rotation, false, 'enable_key_rotation');
  // `key_spec` is accepted as well for configurations written against the API's name.
  const spec = a.customer_master_key_spec ?? a.key_spec;
  return {
    keyManager: 'CUSTOMER',
    keySpec: str(spec, 'SYMMETRIC_DEFAULT', 'customer_master_key_spec'),
    keyState: isUnknown(enabled) ? enabled : enabled ? 'Enabled' : 'Disabled',
    keyOrigin: keyOrigin(a),
    rotationEnabled: rotation,
    // Automatic rotation without a period rotates yearly.
    rotationPeriodDays: isUnknown(rotation) ? rotation : rotation ? num(a.rotation_period_in_days, 365, 'rotation_period_in_days') : null,
    aliases: [],
    policy: policy(a.policy),
  };
}

function unknownKey(reason: string): KmsKeyProps {
  const u = unknown(reason);
  return { keyManager: 'CUSTOMER', keySpec: u, keyState: u, keyOrigin: u, rotationEnabled: u, rotationPeriodDays: u, aliases: [], policy: u };
}

/**
 * `aws_kms_alias` adds its name to the key its `target_key_id` names (token, key id or ARN);
 * `aws_kms_key_policy` replaces the key's policy.
 */
export function buildKeys(keys: Declared[], aliases: Declared[], policies: Declared[]): Resource<'AWS::KMS::Key'>[] {
  const index = new RefIndex<number>();
  const props = keys.map((k, i) => {
    index.add([tokenOf(k), ...(k.extraRefs ?? [])], i);
    return k.unknownReason ? unknownKey(k.unknownReason) : keyProps(k.attrs);
  });
  const names = keys.map(() => [] as string[]);
  for (const a of aliases) {
    const i = index.get(a.attrs.target_key_id);
    const name = literalName(a.attrs.name);
    // An alias that may not exist (undeterminable count) adds no name.
    if (i === undefined || !name || a.unknownReason) continue;
    names[i]!.push(name);
  }
  for (const p of policies) {
    const i = index.get(p.attrs.key_id);
    if (i === undefined) continue;
    props[i]!.policy = p.unknownReason ? unknown(p.unknownReason) : policy(p.attrs.policy);
  }
  return keys.map((k, i) => {
    const aliasNames = names[i]!;
    props[i]!.aliases = aliasNames;
    return resourceOf(k, 'AWS::KMS::Key', props[i]!, { name: aliasNames[0], refs: aliasNames });
  });
}
