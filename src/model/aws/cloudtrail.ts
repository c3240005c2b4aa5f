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

/**
 * One event selector of any kind, normalized from classic and advanced selectors alike, so
 * a rule can ask "does this trail record X's management / data events".
 */
export interface TrailEventSelector {
  /** `Management`, `Data`, or another advanced category (`NetworkActivity`…). */
  category: string;
  readWrite: 'All' | 'ReadOnly' | 'WriteOnly';
  /** Data events: the `resources.type` values selected (`AWS::Bedrock::AgentAlias`). */
  resourceTypes: Known<string>[];
  /** Event sources selected (`eventSource` Equals); empty means every source. */
  eventSources: Known<string>[];
  /** Event sources left out (`ExcludeManagementEventSources`, `eventSource` NotEquals). */
  excludedEventSources: Known<string>[];
  /** Other fields narrow it (eventName, resources.ARN, userIdentity…): it records part of what it selects. */
  narrowed: boolean;
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
  /** Key prefix of the log files in the bucket (they land under `<prefix>/AWSLogs/`); null: none. */
  s3KeyPrefix: Known<string | null>;
  homeRegion: Known<string>;
  s3DataEvents: Known<S3DataEventSelector[]>;
  /** Every selector, management and data; a trail with none configured records all management events. */
  eventSelectors: Known<TrailEventSelector[]>;
}
