import type { Known } from '../unknown.js';

export interface LogsLogGroupProps {
  logGroupName: Known<string>;
  /** null: never expire. */
  retentionInDays: Known<number | null>;
  /** null: encrypted only with the CloudWatch Logs service key. */
  kmsKeyId: Known<string | null>;
}
