import type { Known } from '../unknown.js';

/**
 * S3 object-level (data event) logging, normalized from classic event selectors and
 * advanced event selectors alike.
 */
export interface S3DataEventSelector {
  /** Which object operations are logged. */
  readWrite: 'All' | 'ReadOnly' | 'WriteOnly';
  /**
   * ARN prefixes covered: `arn:aws:s3` (or `arn:aws:s3:::`) means every bucket;
   * `arn:aws:s3:::bucket/` or `arn:aws:s3:::bucket/prefix` a bucket or part of one.
   * Values an IaC source could not resolve are `unknown`.
   */
  resources: Known<string>[];
  /** Prefixes explicitly excluded (advanced selectors' NotStartsWith). */
  excluded: Known<string>[];
}

export interface CloudTrailTrailProps {
  trailName: Known<string>;
  isMultiRegion: Known<boolean>;
  isOrganizationTrail: Known<boolean>;
  /** Whether the trail is recording (live `GetTrailStatus`, CloudFormation `IsLogging`). */
  isLogging: Known<boolean>;
  logFileValidation: Known<boolean>;
  /** null: log files encrypted with SSE-S3 only. */
  kmsKeyId: Known<string | null>;
  /** null: not delivered to CloudWatch Logs. */
  cloudWatchLogsLogGroupArn: Known<string | null>;
  s3BucketName: Known<string>;
  homeRegion: Known<string>;
  s3DataEvents: Known<S3DataEventSelector[]>;
}
