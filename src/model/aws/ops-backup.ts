import type { Known } from '../unknown.js';
import type { PolicyDocument } from './policy.js';

export interface BackupCopyAction {
  /** The vault copies go to: an ARN (another region or account shows in it) or an IaC token. */
  destinationVaultArn: Known<string>;
  /** null: copies never expire. */
  deleteAfterDays: Known<number | null>;
}

export interface BackupPlanRule {
  ruleName: Known<string>;
  targetVault: Known<string>;
  /** A cron expression in UTC (`cron(0 5 ? * * *)`); null: the rule runs only on demand. */
  schedule: Known<string | null>;
  /** null: recovery points never expire. */
  deleteAfterDays: Known<number | null>;
  copyActions: Known<BackupCopyAction[]>;
}

/** One tag condition: `aws:ResourceTag/<key>` (or a plain key in ListOfTags) against a value. */
export interface BackupTagCondition {
  op: 'StringEquals' | 'StringNotEquals' | 'StringLike' | 'StringNotLike';
  /** The tag key, without the `aws:ResourceTag/` prefix. */
  key: Known<string>;
  value: Known<string>;
}

/** A resource assignment of a plan (BackupSelection), joined into the plan. */
export interface BackupSelection {
  selectionName: Known<string>;
  /** ARNs, ARN patterns with `*`, or IaC reference tokens; [] selects by tags alone. */
  resources: Known<Known<string>[]>;
  notResources: Known<Known<string>[]>;
  /** ListOfTags: any one matching selects (OR). */
  listOfTags: Known<BackupTagCondition[]>;
  /** Conditions: every one must match (AND). */
  conditions: Known<BackupTagCondition[]>;
}

export interface BackupPlanProps {
  planName: Known<string>;
  rules: Known<BackupPlanRule[]>;
  selections: Known<BackupSelection[]>;
}

export interface BackupVaultProps {
  vaultName: Known<string>;
  /** The key recovery points are encrypted with; null: the AWS managed `aws/backup` key. */
  encryptionKeyArn: Known<string | null>;
  /** The vault access policy; null: none. */
  accessPolicy: Known<PolicyDocument | null>;
  /** Vault Lock; null: not locked. */
  lock: Known<{ minRetentionDays: number | null; maxRetentionDays: number | null; mode: 'governance' | 'compliance' } | null>;
}

/**
 * The recovery points of one vault, summarised (a vault may hold many thousands): counts
 * only, never the points themselves. Live only.
 */
export interface BackupRecoveryPointsProps {
  vaultName: string;
  total: Known<number>;
  /** Points whose `IsEncrypted` is false. */
  unencrypted: Known<number>;
  /** How many points are kept how long: days from creation to deletion, null for never. */
  retention: Known<{ days: number | null; count: number }[]>;
}

/** The resource ARNs AWS Backup holds recovery points of in one region (ListProtectedResources). Live only. */
export interface BackupProtectedResourcesProps {
  resourceArns: Known<string[]>;
}
