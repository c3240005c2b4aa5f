import type { Known } from '../unknown.js';
import type { PolicyDocument } from './policy.js';

export interface S3Encryption {
  /** `AES256` (SSE-S3), `aws:kms`, `aws:kms:dsse`. */
  algorithm: Known<string>;
  /** The KMS key named by the bucket; null means the AWS managed key `aws/s3`. */
  kmsKeyId: Known<string | null>;
  bucketKeyEnabled: Known<boolean>;
  /**
   * `declared` when the bucket configures it; `s3-default` when nothing is configured and
   * S3's own default (SSE-S3 since January 2023) applies.
   */
  source: 'declared' | 's3-default';
}

export interface PublicAccessBlock {
  blockPublicAcls: Known<boolean>;
  ignorePublicAcls: Known<boolean>;
  blockPublicPolicy: Known<boolean>;
  restrictPublicBuckets: Known<boolean>;
}

/** Object Lock, when the bucket has it turned on. */
export interface S3ObjectLock {
  /** Retention applied to every new object version; null: each upload chooses its own. */
  defaultRetention: Known<{ mode: Known<string>; days: Known<number | null>; years: Known<number | null> } | null>;
}

/** One lifecycle rule, reduced to what decides whether it deletes objects. */
export interface S3LifecycleRule {
  id: string | null;
  enabled: Known<boolean>;
  /**
   * What it applies to: a key prefix (`''` for the whole bucket), or `tags` when it selects
   * objects by tag only (objects written by log delivery carry none).
   */
  prefix: Known<string>;
  tagFilter: boolean;
  /** Current versions expire this many days after creation; null: never by age. */
  expirationDays: Known<number | null>;
  /** Current versions expire on this date (ISO); null: no date. */
  expirationDate: Known<string | null>;
  /** Noncurrent versions are deleted this many days after becoming noncurrent; null: kept. */
  noncurrentExpirationDays: Known<number | null>;
}

export interface S3BucketProps {
  bucketName: Known<string>;
  encryption: Known<S3Encryption>;
  /** null: no bucket policy. */
  policy: Known<PolicyDocument | null>;
  /** null: no bucket-level public access block configured. */
  publicAccessBlock: Known<PublicAccessBlock | null>;
  /**
   * Permissions the bucket ACL grants to everyone (AllUsers) or any AWS account
   * (AuthenticatedUsers), e.g. `['READ']`; empty when none. Empty when ACLs are disabled
   * by `BucketOwnerEnforced` object ownership.
   */
  aclPublicGrants: Known<string[]>;
  /** `Disabled` means versioning was never enabled. */
  versioning: Known<'Enabled' | 'Suspended' | 'Disabled'>;
  /** null: server access logging off. */
  logging: Known<{ targetBucket: Known<string>; targetPrefix: Known<string> } | null>;
  /**
   * Object Ownership: `BucketOwnerEnforced` (ACLs disabled), `BucketOwnerPreferred`,
   * `ObjectWriter`; null when the bucket has no ownership controls (ACLs in effect, as for
   * buckets created before April 2023). A template that declares none gets S3's default for
   * new buckets, `BucketOwnerEnforced`.
   */
  objectOwnership: Known<string | null>;
  /** ACL grants to anyone but the bucket owner, `grantee:PERMISSION` (`LogDelivery:WRITE`); empty when none or ACLs are disabled. */
  aclGrantsBeyondOwner: Known<string[]>;
  /** null: Object Lock is not enabled on the bucket. */
  objectLock: Known<S3ObjectLock | null>;
  /** Destination bucket ARNs of the enabled replication rules; null: no replication configured. */
  replication: Known<Known<string>[] | null>;
  /** Where event notifications go: topic, queue and function ARNs, and `EventBridge`; empty: none. */
  eventNotifications: Known<Known<string>[]>;
  /** Lifecycle rules; empty: none configured. */
  lifecycleRules: Known<S3LifecycleRule[]>;
}

/** The account-wide S3 Block Public Access setting (S3 Control). */
export interface S3AccountPublicAccessBlockProps {
  /** null: the account has no public access block configured. */
  config: Known<PublicAccessBlock | null>;
}
