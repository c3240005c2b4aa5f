import type {
  GetBucketAclCommandOutput,
  GetBucketEncryptionCommandOutput,
  GetBucketLoggingCommandOutput,
  GetBucketOwnershipControlsCommandOutput,
  GetBucketVersioningCommandOutput,
  PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import type { PublicAccessBlock, S3Encryption, S3BucketProps } from '../../model/aws/s3.js';
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
