import type {
  GetBucketAclCommandOutput,
  GetBucketEncryptionCommandOutput,
  GetBucketLifecycleConfigurationCommandOutput,
  GetBucketNotificationConfigurationCommandOutput,
  GetBucketReplicationCommandOutput,
  GetObjectLockConfigurationCommandOutput,
  GetBucketLoggingCommandOutput,
  GetBucketOwnershipControlsCommandOutput,
  GetBucketVersioningCommandOutput,
  PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import type { PublicAccessBlock, S3BucketProps, S3Encryption, S3LifecycleRule, S3ObjectLock } from '../../model/aws/s3.js';
import type { Known } from '../../model/unknown.js';

/**
 * S3's answers, mapped onto the model. The error codes that mean "not configured" are
 * settled here too, next to the defaults they stand for (docs/architecture.md).
 */

/** What S3 applies to a bucket that configures no default encryption (SSE-S3 since January 2023). */
export const S3_DEFAULT_ENCRYPTION: S3Encryption = {
  algorithm: 'AES256',
  kmsKeyId: null,
  bucketKeyEnabled: false,
  source: 's3-default',
};

export const ENCRYPTION_ABSENT = { ServerSideEncryptionConfigurationNotFoundError: S3_DEFAULT_ENCRYPTION };
export const POLICY_ABSENT = { NoSuchBucketPolicy: null };
export const PUBLIC_ACCESS_BLOCK_ABSENT = { NoSuchPublicAccessBlockConfiguration: null };
export const TAGS_ABSENT = { NoSuchTagSet: {} };

/**
 * Since January 2023 S3 answers GetBucketEncryption with the SSE-S3 rule even for buckets
 * that never configured one, so `declared` can be S3's own default; only older or
 * compatible endpoints still answer ServerSideEncryptionConfigurationNotFoundError.
 */
export function encryptionFrom(out: GetBucketEncryptionCommandOutput): S3Encryption {
  const rule = out.ServerSideEncryptionConfiguration?.Rules?.find((r) => r.ApplyServerSideEncryptionByDefault);
  const def = rule?.ApplyServerSideEncryptionByDefault;
  if (!rule || !def?.SSEAlgorithm) return S3_DEFAULT_ENCRYPTION;
  return {
    algorithm: def.SSEAlgorithm,
    // aws:kms without a key id means the AWS managed key aws/s3.
    kmsKeyId: def.KMSMasterKeyID || null,
    bucketKeyEnabled: rule.BucketKeyEnabled ?? false,
    source: 'declared',
  };
}

/** A field left out of a public access block configuration is off. */
export function publicAccessBlockFrom(cfg: PublicAccessBlockConfiguration | undefined): PublicAccessBlock | null {
  if (!cfg) return null;
  return {
    blockPublicAcls: cfg.BlockPublicAcls ?? false,
    ignorePublicAcls: cfg.IgnorePublicAcls ?? false,
    blockPublicPolicy: cfg.BlockPublicPolicy ?? false,
    restrictPublicBuckets: cfg.RestrictPublicBuckets ?? false,
  };
}

const PUBLIC_GROUPS = new Set([
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
]);

/**
 * The permissions the ACL grants to everyone or to any AWS account, as S3 names them
 * (`READ`, `WRITE`, `READ_ACP`, `WRITE_ACP`, `FULL_CONTROL`).
 *
 * With `BucketOwnerEnforced` ownership ACLs no longer grant anything. S3 then answers
 * GetBucketAcl with the owner's grant only, so grants read from the ACL are real even when
 * the ownership controls could not be read; they are dropped only when ownership is known
 * to be enforced.
 */
export function aclPublicGrants(
  acl: GetBucketAclCommandOutput,
  ownership: GetBucketOwnershipControlsCommandOutput | undefined,
): string[] {
  const enforced = ownership?.OwnershipControls?.Rules?.some((r) => r.ObjectOwnership === 'BucketOwnerEnforced');
  if (enforced) return [];
  const out: string[] = [];
  for (const grant of acl.Grants ?? []) {
    const g = grant.Grantee;
    if (g?.Type !== 'Group' || !g.URI || !PUBLIC_GROUPS.has(g.URI) || !grant.Permission) continue;
    if (!out.includes(grant.Permission)) out.push(grant.Permission);
  }
  return out;
}

/** S3 answers with no Status for a bucket whose versioning was never enabled. */
export function versioningFrom(out: GetBucketVersioningCommandOutput): Known<S3BucketProps['versioning']> {
  return out.Status === 'Enabled' || out.Status === 'Suspended' ? out.Status : 'Disabled';
}

export function loggingFrom(out: GetBucketLoggingCommandOutput): S3BucketProps['logging'] {
  const le = out.LoggingEnabled;
  if (!le?.TargetBucket) return null;
  return { targetBucket: le.TargetBucket, targetPrefix: le.TargetPrefix ?? '' };
}

/**
 * GetBucketLocation answers null or '' for us-east-1, and the legacy `EU` for buckets
 * created in eu-west-1 under the old name.
 */
export function regionFromLocation(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

export const OBJECT_LOCK_ABSENT = { ObjectLockConfigurationNotFoundError: null };
export const REPLICATION_ABSENT = { ReplicationConfigurationNotFoundError: null };
export const LIFECYCLE_ABSENT = { NoSuchLifecycleConfiguration: [] as S3LifecycleRule[] };
export const OWNERSHIP_ABSENT = { OwnershipControlsNotFoundError: null };

const GROUP_NAMES: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
  'http://acs.amazonaws.com/groups/s3/LogDelivery': 'LogDelivery',
};

/**
 * ACL grants to anyone other than the bucket owner. With `BucketOwnerEnforced` S3 ignores
 * ACLs, so nothing they say grants access.
 */
export function aclGrantsBeyondOwner(acl: GetBucketAclCommandOutput, ownership: string | null | undefined): string[] {
  if (ownership === 'BucketOwnerEnforced') return [];
  const owner = acl.Owner?.ID;
  const out = new Set<string>();
  for (const grant of acl.Grants ?? []) {
    const g = grant.Grantee;
    if (!g || !grant.Permission) continue;
    if (g.Type === 'CanonicalUser' && g.ID && g.ID === owner) continue;
    const who = g.Type === 'Group' ? (GROUP_NAMES[g.URI ?? ''] ?? g.URI ?? 'group') : (g.ID ?? g.EmailAddress ?? g.Type ?? 'unknown');
    out.add(`${who}:${grant.Permission}`);
  }
  return [...out].sort();
}

export function ownershipFrom(out: GetBucketOwnershipControlsCommandOutput): string | null {
  return out.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null;
}

export function objectLockFrom(out: GetObjectLockConfigurationCommandOutput): S3ObjectLock | null {
  const cfg = out.ObjectLockConfiguration;
  if (cfg?.ObjectLockEnabled !== 'Enabled') return null;
  const d = cfg.Rule?.DefaultRetention;
  return { defaultRetention: d ? { mode: d.Mode ?? 'GOVERNANCE', days: d.Days ?? null, years: d.Years ?? null } : null };
}

export function replicationFrom(out: GetBucketReplicationCommandOutput): string[] | null {
  const rules = out.ReplicationConfiguration?.Rules ?? [];
  const enabled = rules.filter((r) => r.Status === 'Enabled' && r.Destination?.Bucket);
  return enabled.length === 0 ? null : [...new Set(enabled.map((r) => r.Destination!.Bucket!))];
}

export function notificationsFrom(out: GetBucketNotificationConfigurationCommandOutput): string[] {
  const out2: string[] = [
    ...(out.TopicConfigurations ?? []).flatMap((c) => (c.TopicArn ? [c.TopicArn] : [])),
    ...(out.QueueConfigurations ?? []).flatMap((c) => (c.QueueArn ? [c.QueueArn] : [])),
    ...(out.LambdaFunctionConfigurations ?? []).flatMap((c) => (c.LambdaFunctionArn ? [c.LambdaFunctionArn] : [])),
  ];
  if (out.EventBridgeConfiguration) out2.push('EventBridge');
  return [...new Set(out2)];
}

export function lifecycleFrom(out: GetBucketLifecycleConfigurationCommandOutput): S3LifecycleRule[] {
  return (out.Rules ?? []).map((r) => {
    const f = r.Filter;
    const tagFilter = Boolean(f?.Tag || f?.And?.Tags?.length);
    return {
      id: r.ID ?? null,
      enabled: r.Status === 'Enabled',
      // The legacy top-level Prefix, the filter's, or the And block's; none is the whole bucket.
      prefix: f?.Prefix ?? f?.And?.Prefix ?? r.Prefix ?? '',
      tagFilter,
      expirationDays: r.Expiration?.Days ?? null,
      expirationDate: r.Expiration?.Date ? new Date(r.Expiration.Date).toISOString() : null,
      noncurrentExpirationDays: r.NoncurrentVersionExpiration?.NoncurrentDays ?? null,
    };
  });
}
