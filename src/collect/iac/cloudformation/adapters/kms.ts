import { normalizePolicy } from '../../../../model/aws/policy.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known } from '../../../../model/unknown.js';
import { asBoolean, asNumber, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, type TemplateResource } from './types.js';

type Key = Resource<'AWS::KMS::Key'>;

function keyState(p: unknown, origin: Known<string>): Known<string> {
  // A key created for imported material has none yet: it waits in PendingImport.
  if (origin === 'EXTERNAL') return 'PendingImport';
  const enabled = asBoolean(at(p, 'Enabled'), 'Enabled');
  if (enabled === undefined) return 'Enabled';
  if (isUnknown(enabled)) return enabled;
  return enabled ? 'Enabled' : 'Disabled';
}

export function kmsKey(res: TemplateResource, ctx: AdapterContext): Key {
  const p = res.properties;
  const origin = asString(at(p, 'Origin'), 'Origin') ?? 'AWS_KMS';
  const rotationEnabled = asBoolean(at(p, 'EnableKeyRotation'), 'EnableKeyRotation') ?? false;
  const period = asNumber(at(p, 'RotationPeriodInDays'), 'RotationPeriodInDays');
  return iacResource(res, ctx, {
    type: 'AWS::KMS::Key',
    // Renamed after the first alias with a literal name, when the template has one.
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      // A key a template declares is always customer managed.
      keyManager: 'CUSTOMER',
      keySpec: asString(at(p, 'KeySpec'), 'KeySpec') ?? 'SYMMETRIC_DEFAULT',
      keyState: keyState(p, origin),
      keyOrigin: origin,
      rotationEnabled,
      // KMS rotates yearly unless a period is given.
      rotationPeriodDays: isUnknown(rotationEnabled) ? rotationEnabled : rotationEnabled ? (period ?? 365) : null,
      aliases: [],
      policy: normalizePolicy(at(p, 'KeyPolicy')),
    },
  });
}

/**
 * `AWS::KMS::Alias` adds its name to the key's aliases and refs, and its own token to the
 * refs, since `!Ref PhiAlias` names the key through the alias. An alias that may not exist
 * still names its key in the template: joined either way.
 */
export const aliasJoin = join({
  type: 'AWS::KMS::Alias',
  target: 'AWS::KMS::Key',
  via: 'TargetKeyId',
  attach(alias, key, ctx) {
    const refs = (key.refs ??= []);
    refs.push(ctx.token(alias.logicalId));
    const name = asString(at(alias.properties, 'AliasName'), 'AliasName');
    if (typeof name !== 'string') return;
    if (!key.props.aliases.includes(name)) key.props.aliases.push(name);
    if (!refs.includes(name)) refs.push(name);
    if (key.props.aliases.length === 1) key.name = name;
  },
});
