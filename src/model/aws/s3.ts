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
}

/** The account-wide S3 Block Public Access setting (S3 Control). */
export interface S3AccountPublicAccessBlockProps {
  /** null: the account has no public access block configured. */
  config: Known<PublicAccessBlock | null>;
}
