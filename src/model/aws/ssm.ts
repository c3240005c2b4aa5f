import type { Known } from '../unknown.js';

/** One compliance type's latest result for a managed instance, as ListResourceComplianceSummaries reports it. */
export interface SsmComplianceSummary {
  /** Unknown when the summary carries no status SSM documents. */
  status: Known<'COMPLIANT' | 'NON_COMPLIANT'>;
  nonCompliantCount: number;
  /** The highest severity among the non-compliant items, `UNSPECIFIED` when none is given. */
  overallSeverity: string | null;
  /** When the compliance data was last reported (ISO 8601), null when not given. */
  executionTime: string | null;
}

/**
 * Systems Manager compliance of one managed instance (EC2 or hybrid), live only: no
 * template can say whether patches were applied. A compliance type the instance has
 * never reported (no association, never patch-scanned) is null.
 */
export interface SsmManagedInstanceComplianceProps {
  instanceId: string;
  association: SsmComplianceSummary | null;
  patch: SsmComplianceSummary | null;
}

/** A Systems Manager document the account owns. */
export interface SsmDocumentProps {
  documentName: Known<string>;
  documentType: Known<string>;
  /** Account ids the document is shared with; `all` means public. */
  sharedWith: Known<string[]>;
}

/**
 * Session Manager preferences of one region: the `SSM-SessionManagerRunShell` Session
 * document. A region where it was never created is a resource with `configured` false
 * (sessions there are not logged).
 */
export interface SsmSessionManagerPreferencesProps {
  configured: boolean;
  /** null: sessions are not logged to S3. */
  s3BucketName: Known<string | null>;
  /** Session Manager refuses to log to a bucket without default encryption. */
  s3EncryptionEnabled: Known<boolean>;
  /** null: sessions are not logged to CloudWatch Logs. */
  cloudWatchLogGroupName: Known<string | null>;
  /** Session Manager refuses to log to a log group without a KMS key. */
  cloudWatchEncryptionEnabled: Known<boolean>;
  /** The key that encrypts session data in transit, null when sessions use TLS only. */
  kmsKeyId: Known<string | null>;
}

export interface SsmPropsByType {
  'AWS::SSM::ManagedInstanceCompliance': SsmManagedInstanceComplianceProps;
  'AWS::SSM::Document': SsmDocumentProps;
  'AWS::SSM::SessionManagerPreferences': SsmSessionManagerPreferencesProps;
}

/** The document whose content holds a region's Session Manager preferences. */
export const SESSION_PREFERENCES_DOCUMENT = 'SSM-SessionManagerRunShell';
