import {
  type AliasListEntry,
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  type KeyListEntry,
  ListAliasesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
} from '@aws-sdk/client-kms';
import type { KmsKeyProps } from '../../model/aws/kms.js';
import { normalizePolicy } from '../../model/aws/policy.js';
import { type Known, unknown } from '../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from './context.js';

const permissions = {
  'kms:ListKeys': 'kms:ListKeys',
  'kms:ListAliases': 'kms:ListAliases',
  'kms:DescribeKey': 'kms:DescribeKey',
  'kms:GetKeyRotationStatus': 'kms:GetKeyRotationStatus',
  'kms:GetKeyPolicy': 'kms:GetKeyPolicy',
  'kms:ListResourceTags': 'kms:ListResourceTags',
};

export const kmsCollector: ServiceCollector = {
  service: 'kms',
  types: ['AWS::KMS::Key'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

// KMS pages carry on while `Truncated` is true; NextMarker alone is not the signal.
const nextMarker = (out: { Truncated?: boolean; NextMarker?: string }): string | undefined =>
  out.Truncated ? out.NextMarker : undefined;

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  // Aliases are listed once per region and joined, rather than once per key.
  const [keys, aliases] = await Promise.all([
    ctx.list('kms', region, (Marker) => new ListKeysCommand({ Limit: 1000, Marker }), (o) => o.Keys, nextMarker),
    ctx.list('kms', region, (Marker) => new ListAliasesCommand({ Limit: 100, Marker }), (o) => o.Aliases, nextMarker),
  ]);
  ctx.listed('AWS::KMS::Key', 'kms', region, keys.failure);
  // When the keys themselves could not be listed that problem says enough.
  if (aliases.failure && !keys.failure) {
    ctx.problem(
      'kms',
      region,
      `KMS key aliases not read: ${aliases.failure.reason} (${aliases.failure.message}); keys in ${region} are reported without aliases`,
    );
  }
  const byKey = new Map<string, AliasListEntry[]>();
  for (const alias of aliases.items) {
    // AWS lists its predefined aliases (aws/s3…) before the key behind them exists.
    if (!alias.TargetKeyId || !alias.AliasName) continue;
    const list = byKey.get(alias.TargetKeyId) ?? [];
    list.push(alias);
    byKey.set(alias.TargetKeyId, list);
  }
  const listCalls = [...keys.calls, ...aliases.calls];
  await ctx.forEach(keys.items, (key) => collectKey(ctx, region, key, byKey.get(key.KeyId ?? '') ?? [], listCalls));
}

async function collectKey(
  ctx: AwsContext,
  region: string,
  key: KeyListEntry,
  aliases: AliasListEntry[],
  listCalls: string[],
): Promise<void> {
  const KeyId = key.KeyId;
  if (!KeyId) return;
  const calls = [...listCalls];
  const described = await ctx.call('kms', region, new DescribeKeyCommand({ KeyId }));
  calls.push(described.call);
  // Deleted between the listing and now.
  if (!described.ok && described.failure.code === 'NotFoundException') return;
  const meta = described.ok ? described.value.KeyMetadata : undefined;
  const missing = described.ok ? undefined : unknown(described.failure.reason);
  const field = <T>(v: T | undefined, name: string): Known<T> =>
    v ?? missing ?? unknown(`kms:DescribeKey returned no ${name}`);

  const manager = meta?.KeyManager;
  const keyManager: Known<'CUSTOMER' | 'AWS'> =
    manager === 'CUSTOMER' || manager === 'AWS' ? manager : (missing ?? unknown('kms:DescribeKey returned no KeyManager'));
  const keySpec = field(meta?.KeySpec ?? meta?.CustomerMasterKeySpec, 'KeySpec');

  const [rotation, policy, tags] = await Promise.all([
    rotationOf(ctx, region, KeyId, keyManager, keySpec),
    ctx.call('kms', region, new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' })),
    tagsOf(ctx, region, KeyId, keyManager),
  ]);
  calls.push(...rotation.calls, policy.call, ...tags.calls);

  const arn = meta?.Arn ?? key.KeyArn ?? `arn:${ctx.partition}:kms:${region}:${ctx.account}:key/${KeyId}`;
  const sorted = [...aliases].sort((a, b) => (a.AliasName ?? '').localeCompare(b.AliasName ?? ''));
  const aliasNames = sorted.map((a) => a.AliasName as string);
  const props: KmsKeyProps = {
    keyManager,
    keySpec,
    keyState: field(meta?.KeyState, 'KeyState'),
    keyOrigin: field(meta?.Origin, 'Origin'),
    rotationEnabled: rotation.rotationEnabled,
    rotationPeriodDays: rotation.rotationPeriodDays,
    aliases: aliasNames,
    policy: known(policy, (out) => normalizePolicy(out.Policy)),
  };
  const aliasArns = sorted.flatMap((a) => (a.AliasArn ? [a.AliasArn] : []));
  ctx.add({
    provider: 'aws',
    type: 'AWS::KMS::Key',
    id: arn,
    name: aliasNames[0] ?? KeyId,
    account: ctx.account,
    region,
    tags: tags.tags,
    props,
    origin: { kind: 'live', calls: dedupe(calls) },
    refs: dedupe([KeyId, arn, ...aliasNames, ...aliasArns]),
  });
}

type Rotation = Pick<KmsKeyProps, 'rotationEnabled' | 'rotationPeriodDays'> & { calls: string[] };

async function rotationOf(
  ctx: AwsContext,
  region: string,
  KeyId: string,
  manager: Known<'CUSTOMER' | 'AWS'>,
  keySpec: Known<string>,
): Promise<Rotation> {
  const settled = (rotationEnabled: Known<boolean>, rotationPeriodDays: Known<number | null>, calls: string[] = []) => ({
    rotationEnabled,
    rotationPeriodDays,
    calls,
  });
  if (typeof manager !== 'string') return settled(manager, manager);
  // AWS managed keys (aws/s3, aws/rds…) are rotated by AWS every year; nobody can turn
  // that off, and GetKeyRotationStatus adds nothing.
  if (manager === 'AWS') return settled(true, 365);
  if (typeof keySpec !== 'string') return settled(keySpec, keySpec);
  // Automatic rotation exists only for symmetric encryption keys; asymmetric and HMAC
  // keys cannot have it.
  if (keySpec !== 'SYMMETRIC_DEFAULT') return settled(false, null);
  const res = await ctx.call('kms', region, new GetKeyRotationStatusCommand({ KeyId }));
  if (res.ok) {
    const enabled = res.value.KeyRotationEnabled ?? false;
    return settled(enabled, enabled ? (res.value.RotationPeriodInDays ?? 365) : null, [res.call]);
  }
  // Keys with imported material or in a custom key store answer UnsupportedOperation:
  // they cannot rotate automatically.
  if (res.failure.code === 'UnsupportedOperationException') return settled(false, null, [res.call]);
  const why = unknown(res.failure.reason);
  return settled(why, why, [res.call]);
}

async function tagsOf(
  ctx: AwsContext,
  region: string,
  KeyId: string,
  manager: Known<'CUSTOMER' | 'AWS'>,
): Promise<{ tags: Known<Record<string, string>>; calls: string[] }> {
  if (typeof manager !== 'string') return { tags: manager, calls: [] };
  // AWS managed keys cannot carry tags.
  if (manager === 'AWS') return { tags: {}, calls: [] };
  const listing = await ctx.list(
    'kms',
    region,
    (Marker) => new ListResourceTagsCommand({ KeyId, Marker }),
    (o) => o.Tags,
    nextMarker,
  );
  const tags = listing.failure
    ? unknown(listing.failure.reason)
    : tagRecord(listing.items, (t) => t.TagKey, (t) => t.TagValue);
  return { tags, calls: listing.calls };
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
