import type { PublicAccessBlock, S3BucketProps, S3Encryption } from '../../../../model/aws/s3.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, blocks, bool, literalName, optStr, policy, str } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';
import {
  aclBeyondInline,
  aclBeyondSplit,
  lifecycle,
  notifications,
  objectLockInline,
  objectLockSplit,
  replicationFrom,
} from './s3-more.js';

/**
 * Terraform AWS provider v4+ splits a bucket's settings into resources of their own, joined
 * to the bucket by their `bucket` argument (a reference token or the literal name); v3 kept
 * them as blocks on `aws_s3_bucket`, which v4/v5 still accept. A split resource wins over
 * the inline block it replaces.
 */
export const S3_PARTS = {
  aws_s3_bucket_server_side_encryption_configuration: 'encryption',
  aws_s3_bucket_public_access_block: 'publicAccessBlock',
  aws_s3_bucket_policy: 'policy',
  aws_s3_bucket_versioning: 'versioning',
  aws_s3_bucket_logging: 'logging',
  aws_s3_bucket_acl: 'acl',
  aws_s3_bucket_ownership_controls: 'ownership',
  aws_s3_bucket_object_lock_configuration: 'objectLock',
  aws_s3_bucket_replication_configuration: 'replication',
  aws_s3_bucket_notification: 'notifications',
  aws_s3_bucket_lifecycle_configuration: 'lifecycle',
} as const;

type PartKind = (typeof S3_PARTS)[keyof typeof S3_PARTS];

export const S3_TYPES = ['aws_s3_bucket', 'aws_s3_account_public_access_block', ...Object.keys(S3_PARTS)];

const S3_DEFAULT_ENCRYPTION: S3Encryption = { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false, source: 's3-default' };

const PUBLIC_GROUPS = new Set([
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
]);

/** Canned ACLs and the permissions they give everyone or any AWS account. */
const CANNED: Record<string, string[]> = {
  private: [],
  'public-read': ['READ'],
  'public-read-write': ['READ', 'WRITE'],
  'authenticated-read': ['READ'],
  'aws-exec-read': [],
  'bucket-owner-read': [],
  'bucket-owner-full-control': [],
  'log-delivery-write': [],
};

/** `rule { apply_server_side_encryption_by_default { … } bucket_key_enabled }`, split or inline. */
function encryption(rules: unknown): Known<S3Encryption> | undefined {
  const rule = block(rules, 'rule');
  if (rule === undefined) return undefined;
  if (isUnknown(rule)) return rule;
  const dflt = block(rule.apply_server_side_encryption_by_default, 'apply_server_side_encryption_by_default');
  if (dflt === undefined) return undefined;
  if (isUnknown(dflt)) return dflt;
  const algorithm = str(dflt.sse_algorithm, null, 'sse_algorithm');
  if (algorithm === null) return unknown('sse_algorithm is not set');
  return {
    algorithm,
    // No key with aws:kms means the AWS managed key aws/s3.
    kmsKeyId: algorithm === 'AES256' ? null : optStr(dflt.kms_master_key_id, 'kms_master_key_id'),
    bucketKeyEnabled: bool(rule.bucket_key_enabled, false, 'bucket_key_enabled'),
    source: 'declared',
  };
}

function publicAccessBlock(a: Attrs): PublicAccessBlock {
  return {
    blockPublicAcls: bool(a.block_public_acls, false, 'block_public_acls'),
    ignorePublicAcls: bool(a.ignore_public_acls, false, 'ignore_public_acls'),
    blockPublicPolicy: bool(a.block_public_policy, false, 'block_public_policy'),
    restrictPublicBuckets: bool(a.restrict_public_buckets, false, 'restrict_public_buckets'),
  };
}

function versioningSplit(a: Attrs): Known<S3BucketProps['versioning']> {
  const cfg = block(a.versioning_configuration, 'versioning_configuration');
  if (cfg === undefined) return unknown('versioning_configuration is not set');
  if (isUnknown(cfg)) return cfg;
  const status = str(cfg.status, null, 'status');
  if (status === 'Enabled' || status === 'Suspended' || status === 'Disabled' || isUnknown(status)) return status;
  return unknown(`unrecognised versioning status ${JSON.stringify(status)}`);
}

/** v3 `versioning { enabled }`: the provider suspends versioning when `enabled = false`. */
function versioningInline(v: unknown): Known<S3BucketProps['versioning']> | undefined {
  const b = block(v, 'versioning');
  if (b === undefined) return undefined;
  if (isUnknown(b)) return b;
  const enabled = bool(b.enabled, false, 'versioning.enabled');
  return isUnknown(enabled) ? enabled : enabled ? 'Enabled' : 'Suspended';
}

function logging(a: Attrs): Known<S3BucketProps['logging']> {
  const target = str(a.target_bucket, null, 'target_bucket');
  if (target === null) return unknown('target_bucket is not set');
  return { targetBucket: target, targetPrefix: str(a.target_prefix, '', 'target_prefix') };
}

function grantsFrom(list: Known<Attrs[]>, permissionsOf: (g: Attrs) => unknown, granteeOf: (g: Attrs) => Known<Attrs> | undefined): Known<string[]> {
  if (isUnknown(list)) return list;
  const out = new Set<string>();
  for (const g of list) {
    const grantee = granteeOf(g);
    if (grantee === undefined) continue;
    if (isUnknown(grantee)) return grantee;
    if (isUnknown(grantee.uri)) return grantee.uri;
    if (typeof grantee.uri !== 'string' || !PUBLIC_GROUPS.has(grantee.uri)) continue;
    const perms = permissionsOf(g);
    if (isUnknown(perms)) return perms;
    for (const p of Array.isArray(perms) ? perms : [perms]) {
      if (isUnknown(p)) return p;
      if (typeof p === 'string') out.add(p);
    }
  }
  return [...out].sort();
}

function cannedAcl(v: unknown): Known<string[]> | undefined {
  const acl = str(v, null, 'acl');
  if (acl === null) return undefined;
  if (isUnknown(acl)) return acl;
  return CANNED[acl] ?? unknown(`unrecognised canned ACL ${JSON.stringify(acl)}`);
}

/** `aws_s3_bucket_acl`: a canned `acl`, or `access_control_policy { grant { grantee {…} permission } }`. */
function aclSplit(a: Attrs): Known<string[]> {
  const canned = cannedAcl(a.acl);
  if (canned !== undefined) return canned;
  const policyBlock = block(a.access_control_policy, 'access_control_policy');
  if (policyBlock === undefined) return [];
  if (isUnknown(policyBlock)) return policyBlock;
  return grantsFrom(blocks(policyBlock.grant, 'grant'), (g) => g.permission, (g) => block(g.grantee, 'grantee'));
}

/** v3 `acl` and `grant { type uri permissions }` on the bucket. */
function aclInline(a: Attrs): Known<string[]> | undefined {
  const canned = cannedAcl(a.acl);
  const granted = a.grant === undefined ? undefined : grantsFrom(blocks(a.grant, 'grant'), (g) => g.permissions, (g) => g);
  if (canned === undefined) return granted;
  if (granted === undefined || isUnknown(canned)) return canned;
  if (isUnknown(granted)) return granted;
  return [...new Set([...canned, ...granted])].sort();
}

function ownership(a: Attrs): Known<string> {
  const rule = block(a.rule, 'rule');
  if (rule === undefined) return unknown('ownership controls rule is not set');
  if (isUnknown(rule)) return rule;
  return str(rule.object_ownership, null, 'object_ownership') ?? unknown('object_ownership is not set');
}

interface Settings {
  encryption?: Known<S3Encryption>;
  publicAccessBlock?: Known<S3BucketProps['publicAccessBlock']>;
  policy?: Known<S3BucketProps['policy']>;
  versioning?: Known<S3BucketProps['versioning']>;
  logging?: Known<S3BucketProps['logging']>;
  acl?: Known<string[]>;
  aclBeyond?: Known<string[]>;
  ownership?: Known<string>;
  objectLock?: Known<S3BucketProps['objectLock']>;
  replication?: Known<S3BucketProps['replication']>;
  notifications?: Known<S3BucketProps['eventNotifications']>;
  lifecycle?: Known<S3BucketProps['lifecycleRules']>;
}

function fromPart(kind: PartKind, a: Attrs): Settings {
  switch (kind) {
    case 'encryption':
      return { encryption: encryption(a.rule) ?? S3_DEFAULT_ENCRYPTION };
    case 'publicAccessBlock':
      return { publicAccessBlock: publicAccessBlock(a) };
    case 'policy': {
      const p = policy(a.policy);
      return { policy: p === null ? unknown('aws_s3_bucket_policy has no policy') : p };
    }
    case 'versioning':
      return { versioning: versioningSplit(a) };
    case 'logging':
      return { logging: logging(a) };
    case 'acl':
      return { acl: aclSplit(a), aclBeyond: aclBeyondSplit(a) };
    case 'ownership':
      return { ownership: ownership(a) };
    case 'objectLock':
      return { objectLock: objectLockSplit(a) };
    case 'replication':
      return { replication: replicationFrom(a.rule, 'rule') };
    case 'notifications':
      return { notifications: notifications(a) };
    case 'lifecycle':
      return { lifecycle: lifecycle(a.rule, 'rule') };
  }
}

function inline(a: Attrs): Settings {
  const sse = block(a.server_side_encryption_configuration, 'server_side_encryption_configuration');
  const log = block(a.logging, 'logging');
  return {
    encryption: sse === undefined ? undefined : isUnknown(sse) ? sse : encryption(sse.rule),
    policy: a.policy === undefined || a.policy === null ? undefined : policy(a.policy),
    versioning: versioningInline(a.versioning),
    logging: log === undefined ? undefined : isUnknown(log) ? log : logging(log),
    acl: aclInline(a),
    aclBeyond: aclBeyondInline(a),
    objectLock: objectLockInline(a),
    replication: block(a.replication_configuration, 'replication_configuration') === undefined
      ? undefined
      : (() => {
          const r = block(a.replication_configuration, 'replication_configuration')!;
          return isUnknown(r) ? r : replicationFrom(r.rules, 'rules');
        })(),
    lifecycle: a.lifecycle_rule === undefined || a.lifecycle_rule === null ? undefined : lifecycle(a.lifecycle_rule, 'lifecycle_rule'),
  };
}

function bucketName(a: Attrs): Known<string> {
  if (a.bucket === undefined || a.bucket === null || a.bucket === '') {
    return unknown(a.bucket_prefix ? 'bucket name is generated from bucket_prefix at apply' : 'bucket name is generated by Terraform at apply');
  }
  return str(a.bucket, '', 'bucket');
}

function unknownBucket(reason: string): S3BucketProps {
  const u = unknown(reason);
  return {
    bucketName: u,
    encryption: u,
    policy: u,
    publicAccessBlock: u,
    aclPublicGrants: u,
    versioning: u,
    logging: u,
    objectOwnership: u,
    aclGrantsBeyondOwner: u,
    objectLock: u,
    replication: u,
    eventNotifications: u,
    lifecycleRules: u,
  };
}

/** Settings per bucket, collected from the parts that name it. */
class Joined {
  readonly declared: Settings = {};
  readonly counts = new Map<PartKind, number>();
  readonly unsure: Partial<Record<PartKind, string>> = {};
}

const KINDS_TO_SETTING: Record<PartKind, keyof Settings> = {
  encryption: 'encryption',
  publicAccessBlock: 'publicAccessBlock',
  policy: 'policy',
  versioning: 'versioning',
  logging: 'logging',
  acl: 'acl',
  ownership: 'ownership',
  objectLock: 'objectLock',
  replication: 'replication',
  notifications: 'notifications',
  lifecycle: 'lifecycle',
};

export function buildBuckets(buckets: Declared[], parts: Declared[]): Resource<'AWS::S3::Bucket'>[] {
  const index = new RefIndex<Joined>();
  const joined = buckets.map((b) => {
    const j = new Joined();
    const name = literalName(b.attrs.bucket);
    index.add([tokenOf(b), ...(name ? [name, `arn:aws:s3:::${name}`] : []), ...(b.extraRefs ?? [])], j);
    return j;
  });
  // A part whose bucket is not known could configure any bucket that sets nothing else of its kind.
  const unresolved: { kind: PartKind; reason: string }[] = [];
  for (const p of parts) {
    const kind = S3_PARTS[p.tfType as keyof typeof S3_PARTS];
    const target = p.attrs.bucket;
    if (isUnknown(target)) {
      unresolved.push({ kind, reason: `${p.address} names a bucket that is not known (${target.$unknown})` });
      continue;
    }
    const j = index.get(target);
    if (!j) continue;
    j.counts.set(kind, (j.counts.get(kind) ?? 0) + 1);
    if (p.unknownReason) {
      j.unsure[kind] = p.unknownReason;
      continue;
    }
    Object.assign(j.declared, fromPart(kind, p.attrs));
  }
  return buckets.map((b, i) => {
    const j = joined[i]!;
    const name = literalName(b.attrs.bucket);
    const refs = name ? [name, `arn:aws:s3:::${name}`] : [];
    if (b.unknownReason) return resourceOf(b, 'AWS::S3::Bucket', unknownBucket(b.unknownReason), { name, refs });
    const own = inline(b.attrs);
    const s: Settings = { ...stripUndefined(own), ...stripUndefined(j.declared) };
    for (const [kind, n] of j.counts) {
      const key = KINDS_TO_SETTING[kind];
      if (n > 1) setUnknown(s, key, `${n} ${partType(kind)} resources configure this bucket`);
      else if (j.unsure[kind]) setUnknown(s, key, j.unsure[kind]!);
    }
    for (const u of unresolved) {
      if (!j.counts.has(u.kind)) setUnknown(s, KINDS_TO_SETTING[u.kind], u.reason);
    }
    return resourceOf(b, 'AWS::S3::Bucket', bucketProps(b.attrs, s), { name, refs });
  });
}

function bucketProps(a: Attrs, s: Settings): S3BucketProps {
  const ownershipValue = s.ownership;
  // With ACLs disabled (BucketOwnerEnforced) no grant takes effect.
  const acl = ownershipValue === 'BucketOwnerEnforced' ? [] : isUnknown(ownershipValue) && s.acl !== undefined ? ownershipValue : (s.acl ?? []);
  return {
    bucketName: bucketName(a),
    encryption: s.encryption ?? S3_DEFAULT_ENCRYPTION,
    policy: s.policy ?? null,
    publicAccessBlock: s.publicAccessBlock ?? null,
    aclPublicGrants: acl,
    versioning: s.versioning ?? 'Disabled',
    logging: s.logging ?? null,
    // S3 disables ACLs on every bucket created since April 2023 unless told otherwise.
    objectOwnership: ownershipValue ?? 'BucketOwnerEnforced',
    // Grants a template declares stand unless it also declares ACLs disabled: with S3's
    // default ownership they would not apply, so declaring them shows intent to use ACLs.
    aclGrantsBeyondOwner:
      ownershipValue === 'BucketOwnerEnforced'
        ? []
        : isUnknown(ownershipValue) && s.aclBeyond !== undefined
          ? ownershipValue
          : (s.aclBeyond ?? []),
    objectLock: s.objectLock ?? null,
    replication: s.replication ?? null,
    eventNotifications: s.notifications ?? [],
    lifecycleRules: s.lifecycle ?? [],
  };
}

/** Every setting accepts an unknown. */
function setUnknown(s: Settings, key: keyof Settings, reason: string): void {
  (s as Record<keyof Settings, unknown>)[key] = unknown(reason);
}

function stripUndefined(s: Settings): Settings {
  const out: Settings = {};
  for (const [k, v] of Object.entries(s)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function partType(kind: PartKind): string {
  return Object.entries(S3_PARTS).find(([, k]) => k === kind)?.[0] ?? kind;
}

export function buildAccountPublicAccessBlock(d: Declared): Resource<'AWS::S3::AccountPublicAccessBlock'> {
  const r = resourceOf(d, 'AWS::S3::AccountPublicAccessBlock', {
    config: d.unknownReason ? unknown(d.unknownReason) : publicAccessBlock(d.attrs),
  });
  const account = literalName(d.attrs.account_id);
  return account ? { ...r, account } : r;
}
