import { GetKeyPolicyCommand, GetKeyRotationStatusCommand, ListAliasesCommand } from '@aws-sdk/client-kms';
import { GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import type { CloudTrailTrailProps } from '../../model/aws/cloudtrail.js';
import { normalizeEventSelectors, normalizeS3DataEvents } from '../../model/aws/cloudtrail-selectors.js';
import type { KmsKeyProps } from '../../model/aws/kms.js';
import { normalizePolicy } from '../../model/aws/policy.js';
import type { PublicAccessBlock, S3BucketProps, S3Encryption } from '../../model/aws/s3.js';
import type { AnyResource, ResourceType } from '../../model/resource.js';
import { type Known, unknown } from '../../model/unknown.js';
import { type AwsContext, known } from './context.js';
import { S3_DEFAULT_ENCRYPTION } from './s3-props.js';

/**
 * From AWS Config configuration items to the model, one mapping per resource type. Config
 * records most settings a rule needs; what it does not (KMS rotation and key policy,
 * CloudTrail's logging status and event selectors) is read with the service's own calls,
 * which the service's collector already declares. A setting Config should hold but the
 * item lacks is unknown, never a default.
 *
 * The family collectors add their types here as they gain mappings.
 */

/** One row of an advanced query (`SELECT accountId, awsRegion, … configuration …`). */
export interface ConfigItem {
  accountId: string;
  awsRegion: string;
  resourceId: string;
  resourceName?: string;
  resourceType: string;
  arn?: string;
  configuration?: unknown;
  supplementaryConfiguration?: Record<string, unknown>;
  /** Advanced queries answer `[{key, value}]`; configuration items elsewhere a map. */
  tags?: { key?: string; value?: string }[] | Record<string, string>;
  configurationItemStatus?: string;
}

export interface ConfigMapping {
  type: ResourceType;
  /** The resource, or undefined when the item cannot name one. `calls` made the listing. */
  map(item: ConfigItem, ctx: AwsContext, calls: string[]): Promise<AnyResource | undefined>;
}

type Obj = Record<string, unknown>;

/** Config stores some nested configurations as JSON text. */
function obj(v: unknown): Obj | undefined {
  if (typeof v === 'string') {
    try {
      const parsed: unknown = JSON.parse(v);
      return parsed && typeof parsed === 'object' ? (parsed as Obj) : undefined;
    } catch {
      return undefined;
    }
  }
  return v && typeof v === 'object' ? (v as Obj) : undefined;
}

/** A field by either spelling: Config's older types are camelCase, newer ones PascalCase. */
function field(o: Obj | undefined, name: string): unknown {
  if (!o) return undefined;
  return o[name] ?? o[name[0]!.toUpperCase() + name.slice(1)];
}
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);

export function tagsOf(item: ConfigItem): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(item.tags)) {
    for (const t of item.tags) if (typeof t?.key === 'string') out[t.key] = t.value ?? '';
  } else if (item.tags && typeof item.tags === 'object') {
    for (const [k, v] of Object.entries(item.tags)) out[k] = String(v);
  }
  return out;
}

// ---------------------------------------------------------------- S3

const PUBLIC_GROUPS = /(^|\/)(AllUsers|AuthenticatedUsers)$/;
const PERMISSIONS: Record<string, string> = {
  Read: 'READ',
  Write: 'WRITE',
  ReadAcp: 'READ_ACP',
  WriteAcp: 'WRITE_ACP',
  FullControl: 'FULL_CONTROL',
};

function s3Encryption(v: unknown): S3Encryption {
  const rules = field(obj(v), 'rules');
  const rule = Array.isArray(rules) ? rules.map(obj).find((r) => field(r, 'applyServerSideEncryptionByDefault')) : undefined;
  const def = obj(field(rule, 'applyServerSideEncryptionByDefault'));
  const algorithm = str(field(def, 'sseAlgorithm'));
  // No rule recorded: S3 applies SSE-S3 to every bucket since January 2023.
  if (!algorithm) return S3_DEFAULT_ENCRYPTION;
  return {
    algorithm,
    kmsKeyId: str(field(def, 'kmsMasterKeyID')) ?? null,
    bucketKeyEnabled: bool(field(rule, 'bucketKeyEnabled')) ?? false,
    source: 'declared',
  };
}

function s3PublicAccessBlock(v: unknown): PublicAccessBlock | null {
  const o = obj(v);
  if (!o) return null;
  return {
    blockPublicAcls: bool(field(o, 'blockPublicAcls')) ?? false,
    ignorePublicAcls: bool(field(o, 'ignorePublicAcls')) ?? false,
    blockPublicPolicy: bool(field(o, 'blockPublicPolicy')) ?? false,
    restrictPublicBuckets: bool(field(o, 'restrictPublicBuckets')) ?? false,
  };
}

function granteeIsPublic(g: unknown): boolean {
  if (typeof g === 'string') return PUBLIC_GROUPS.test(g);
  const o = obj(g);
  const id = str(field(o, 'uri')) ?? str(field(o, 'identifier')) ?? str(field(o, 'URI'));
  return Boolean(id && PUBLIC_GROUPS.test(id));
}

function s3AclGrants(acl: unknown, ownership: unknown): Known<string[]> {
  const rules = field(obj(field(obj(ownership), 'ownershipControls')), 'rules');
  if (Array.isArray(rules) && rules.some((r) => field(obj(r), 'ownership') === 'BucketOwnerEnforced')) return [];
  const list = field(obj(acl), 'grantList');
  if (!Array.isArray(list)) return unknown('AWS Config recorded no AccessControlList for the bucket');
  const out: string[] = [];
  for (const grant of list.map(obj)) {
    if (!granteeIsPublic(field(grant, 'grantee'))) continue;
    const p = str(field(grant, 'permission'));
    const name = p ? (PERMISSIONS[p] ?? p.toUpperCase()) : undefined;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function s3Versioning(v: unknown): Known<S3BucketProps['versioning']> {
  const status = str(field(obj(v), 'status'));
  if (status === 'Enabled' || status === 'Suspended') return status;
  if (status === 'Off' || (v && status === undefined)) return 'Disabled';
  return unknown('AWS Config recorded no BucketVersioningConfiguration for the bucket');
}

function s3Ownership(v: unknown): Known<string | null> {
  if (v === undefined) return unknown('AWS Config recorded no BucketOwnershipControls for the bucket');
  const rules = field(obj(field(obj(v), 'ownershipControls')), 'rules');
  const first = Array.isArray(rules) ? str(field(obj(rules[0]), 'ownership')) : undefined;
  return first ?? null;
}

const s3Bucket: ConfigMapping = {
  type: 'AWS::S3::Bucket',
  async map(item, ctx, calls) {
    const name = item.resourceName ?? str(field(obj(item.configuration), 'name')) ?? item.resourceId;
    if (!name) return undefined;
    const sup = item.supplementaryConfiguration;
    const missing = (what: string) => unknown(`AWS Config recorded no ${what} for the bucket`);
    const has = (key: string) => Boolean(sup && Object.hasOwn(sup, key));
    const policyText = str(field(obj(sup?.BucketPolicy), 'policyText'));
    const logging = obj(sup?.BucketLoggingConfiguration);
    const target = str(field(logging, 'destinationBucketName'));
    const props: S3BucketProps = {
      bucketName: name,
      encryption: s3Encryption(sup?.ServerSideEncryptionConfiguration),
      policy: has('BucketPolicy') ? (policyText ? normalizePolicy(policyText) : null) : missing('BucketPolicy'),
      // Config records the block only when the bucket has one.
      publicAccessBlock: sup ? s3PublicAccessBlock(sup.PublicAccessBlockConfiguration) : missing('supplementary configuration'),
      aclPublicGrants: s3AclGrants(sup?.AccessControlList, sup?.BucketOwnershipControls),
      versioning: s3Versioning(sup?.BucketVersioningConfiguration),
      logging: has('BucketLoggingConfiguration')
        ? target
          ? { targetBucket: target, targetPrefix: str(field(logging, 'logFilePrefix')) ?? '' }
          : null
        : missing('BucketLoggingConfiguration'),
      objectOwnership: s3Ownership(sup?.BucketOwnershipControls),
      // Not mapped from Config items yet: the bucket's own calls answer these (direct scan).
      aclGrantsBeyondOwner: unknown('not mapped from AWS Config configuration items'),
      objectLock: unknown('not mapped from AWS Config configuration items'),
      replication: unknown('not mapped from AWS Config configuration items'),
      eventNotifications: unknown('not mapped from AWS Config configuration items'),
      lifecycleRules: unknown('not mapped from AWS Config configuration items'),
    };
    const arn = `arn:${ctx.partition}:s3:::${name}`;
    return {
      provider: 'aws',
      type: 'AWS::S3::Bucket',
      id: arn,
      name,
      account: ctx.account,
      region: item.awsRegion,
      tags: tagsOf(item),
      props,
      origin: { kind: 'live', calls: [...calls] },
      refs: [name, arn],
    };
  },
};

// ---------------------------------------------------------------- KMS

/** Alias lists per account and region, read once for every key there. */
const aliasCache = new WeakMap<AwsContext, Map<string, Promise<{ byKey: Map<string, string[]>; calls: string[]; failure?: string }>>>();

function aliasesIn(ctx: AwsContext, region: string) {
  let perRegion = aliasCache.get(ctx);
  if (!perRegion) aliasCache.set(ctx, (perRegion = new Map()));
  let pending = perRegion.get(region);
  if (!pending) {
    pending = ctx
      .list(
        'kms',
        region,
        (Marker) => new ListAliasesCommand({ Limit: 100, Marker }),
        (o) => o.Aliases,
        (o) => (o.Truncated ? o.NextMarker : undefined),
      )
      .then((l) => {
        const byKey = new Map<string, string[]>();
        for (const a of l.items) {
          if (!a.TargetKeyId || !a.AliasName) continue;
          byKey.set(a.TargetKeyId, [...(byKey.get(a.TargetKeyId) ?? []), a.AliasName].sort());
        }
        if (l.failure) ctx.problem('kms', region, `KMS key aliases not read: ${l.failure.reason} (${l.failure.message}); keys in ${region} are reported without aliases`);
        return { byKey, calls: l.calls, ...(l.failure ? { failure: l.failure.reason } : {}) };
      });
    perRegion.set(region, pending);
  }
  return pending;
}

const kmsKey: ConfigMapping = {
  type: 'AWS::KMS::Key',
  async map(item, ctx, listCalls) {
    const c = obj(item.configuration);
    const KeyId = str(field(c, 'keyId')) ?? item.resourceId;
    if (!KeyId) return undefined;
    const region = item.awsRegion;
    const calls = [...listCalls];
    const manager = str(field(c, 'keyManager'));
    const keyManager: Known<'CUSTOMER' | 'AWS'> = manager === 'CUSTOMER' || manager === 'AWS' ? manager : unknown('AWS Config recorded no keyManager');
    const spec = str(field(c, 'keySpec')) ?? str(field(c, 'customerMasterKeySpec'));
    const keySpec: Known<string> = spec ?? unknown('AWS Config recorded no keySpec');
    let rotationEnabled: Known<boolean>;
    let rotationPeriodDays: Known<number | null>;
    if (keyManager === 'AWS') [rotationEnabled, rotationPeriodDays] = [true, 365];
    else if (typeof keyManager !== 'string') [rotationEnabled, rotationPeriodDays] = [keyManager, keyManager];
    else if (!spec) [rotationEnabled, rotationPeriodDays] = [unknown('AWS Config recorded no keySpec'), unknown('AWS Config recorded no keySpec')];
    // Only symmetric encryption keys can rotate automatically.
    else if (spec !== 'SYMMETRIC_DEFAULT') [rotationEnabled, rotationPeriodDays] = [false, null];
    else {
      const res = await ctx.call('kms', region, new GetKeyRotationStatusCommand({ KeyId }));
      calls.push(res.call);
      if (res.ok) {
        rotationEnabled = res.value.KeyRotationEnabled ?? false;
        rotationPeriodDays = rotationEnabled ? (res.value.RotationPeriodInDays ?? 365) : null;
      } else if (res.failure.code === 'UnsupportedOperationException') [rotationEnabled, rotationPeriodDays] = [false, null];
      else [rotationEnabled, rotationPeriodDays] = [unknown(res.failure.reason), unknown(res.failure.reason)];
    }
    const [policy, aliases] = await Promise.all([
      ctx.call('kms', region, new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' })),
      aliasesIn(ctx, region),
    ]);
    calls.push(policy.call, ...aliases.calls);
    const arn = str(field(c, 'arn')) ?? item.arn ?? `arn:${ctx.partition}:kms:${region}:${ctx.account}:key/${KeyId}`;
    const aliasNames = aliases.byKey.get(KeyId) ?? [];
    const props: KmsKeyProps = {
      keyManager,
      keySpec,
      keyState: str(field(c, 'keyState')) ?? unknown('AWS Config recorded no keyState'),
      keyOrigin: str(field(c, 'origin')) ?? unknown('AWS Config recorded no origin'),
      rotationEnabled,
      rotationPeriodDays,
      aliases: aliasNames,
      policy: known(policy, (out) => normalizePolicy(out.Policy)),
    };
    return {
      provider: 'aws',
      type: 'AWS::KMS::Key',
      id: arn,
      name: aliasNames[0] ?? KeyId,
      account: ctx.account,
      region,
      tags: keyManager === 'AWS' ? {} : tagsOf(item),
      props,
      origin: { kind: 'live', calls: [...new Set(calls)] },
      refs: [...new Set([KeyId, arn, ...aliasNames])],
    };
  },
};

// ---------------------------------------------------------------- CloudTrail

const cloudTrailTrail: ConfigMapping = {
  type: 'AWS::CloudTrail::Trail',
  async map(item, ctx, listCalls) {
    const c = obj(item.configuration);
    const arn = str(field(c, 'trailARN')) ?? item.arn;
    if (!arn) return undefined;
    const name = str(field(c, 'name')) ?? item.resourceName ?? arn.slice(arn.lastIndexOf('/') + 1);
    const home = str(field(c, 'homeRegion')) ?? item.awsRegion;
    // Whether it is logging and what it records are not in the configuration item.
    const [status, selectors] = await Promise.all([
      ctx.call('cloudtrail', home, new GetTrailStatusCommand({ Name: arn })),
      ctx.call('cloudtrail', home, new GetEventSelectorsCommand({ TrailName: arn })),
    ]);
    const props: CloudTrailTrailProps = {
      trailName: name,
      isMultiRegion: bool(field(c, 'isMultiRegionTrail')) ?? false,
      isOrganizationTrail: bool(field(c, 'isOrganizationTrail')) ?? false,
      isLogging: known(status, (out) => out.IsLogging ?? unknown('cloudtrail:GetTrailStatus returned no IsLogging')),
      logFileValidation: bool(field(c, 'logFileValidationEnabled')) ?? false,
      kmsKeyId: str(field(c, 'kmsKeyId')) ?? null,
      cloudWatchLogsLogGroupArn: str(field(c, 'cloudWatchLogsLogGroupArn')) ?? null,
      s3BucketName: str(field(c, 's3BucketName')) ?? unknown('AWS Config recorded no s3BucketName'),
      s3KeyPrefix: str(field(c, 's3KeyPrefix')) || null,
      homeRegion: home,
      s3DataEvents: known(selectors, (out) => normalizeS3DataEvents(out.EventSelectors, out.AdvancedEventSelectors)),
      eventSelectors: known(selectors, (out) => normalizeEventSelectors(out.EventSelectors, out.AdvancedEventSelectors)),
    };
    return {
      provider: 'aws',
      type: 'AWS::CloudTrail::Trail',
      id: arn,
      name,
      // As the direct collector does: an organization trail is reported under each account it records.
      account: ctx.account,
      region: home,
      tags: tagsOf(item),
      props,
      origin: { kind: 'live', calls: [...listCalls, status.call, selectors.call] },
      refs: [name, arn],
    };
  },
};

// ---------------------------------------------------------------- CloudWatch Logs

const logsLogGroup: ConfigMapping = {
  type: 'AWS::Logs::LogGroup',
  async map(item, ctx, calls) {
    const c = obj(item.configuration);
    const name = str(field(c, 'logGroupName')) ?? item.resourceName ?? item.resourceId;
    if (!name) return undefined;
    const arn = (str(field(c, 'arn')) ?? item.arn ?? `arn:${ctx.partition}:logs:${item.awsRegion}:${ctx.account}:log-group:${name}`).replace(/:\*$/, '');
    const retention = field(c, 'retentionInDays');
    return {
      provider: 'aws',
      type: 'AWS::Logs::LogGroup',
      id: arn,
      name,
      account: ctx.account,
      region: item.awsRegion,
      tags: tagsOf(item),
      props: {
        logGroupName: name,
        retentionInDays: typeof retention === 'number' ? retention : null,
        kmsKeyId: str(field(c, 'kmsKeyId')) ?? null,
      },
      origin: { kind: 'live', calls: [...calls] },
      refs: [name, arn, `${arn}:*`],
    };
  },
};

/** Every type phiguard can read from AWS Config. */
export const CONFIG_MAPPINGS: readonly ConfigMapping[] = [s3Bucket, kmsKey, cloudTrailTrail, logsLogGroup];
