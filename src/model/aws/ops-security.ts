import type { Known } from '../unknown.js';

/**
 * GuardDuty in one region. The live collector emits one per scanned region, a region
 * without a detector included (`detectorId: null`, `status: null`), so a rule judges every
 * region rather than only the detectors that exist.
 */
export interface GuardDutyDetectorProps {
  /** null: no detector in the region. */
  detectorId: Known<string | null>;
  /** `ENABLED`, `DISABLED` (suspended), or null when there is no detector. */
  status: Known<'ENABLED' | 'DISABLED' | null>;
  /** Active (not archived) findings, summarised; null when there is no detector. Live only. */
  findings: Known<GuardDutyFindingsSummary | null>;
}

export interface GuardDutyFindingsSummary {
  /** Active findings counted by severity score (GuardDuty scores run 1.0–10.0). */
  activeBySeverity: { severity: number; count: number }[];
  /** When the oldest active finding was first generated, ISO 8601; null when none is active. */
  oldestActiveCreatedAt: Known<string | null>;
}

/** Security Hub in one region; emitted per scanned region like the GuardDuty detector. */
export interface SecurityHubHubProps {
  enabled: Known<boolean>;
  /** ARNs of the enabled standards subscriptions (FSBP, CIS, NIST…); [] when none or not enabled. */
  standards: Known<string[]>;
}

/** Amazon Macie in one region; emitted per scanned region. Live only. */
export interface MacieSessionProps {
  /** `ENABLED`, `PAUSED`, or null when Macie was never enabled. */
  status: Known<'ENABLED' | 'PAUSED' | null>;
  /** Automated sensitive data discovery: `ENABLED`, `DISABLED`, or null when Macie is off. */
  automatedDiscovery: Known<'ENABLED' | 'DISABLED' | null>;
}

/** Amazon Inspector (v2) scanning in one region; emitted per scanned region. Live only. */
export interface Inspector2AccountProps {
  /** Scan type → status (`ENABLED`, `DISABLED`, `ENABLING`, `SUSPENDED`…) for `EC2`, `ECR`, `LAMBDA`, `LAMBDA_CODE`. */
  scans: Known<Record<string, string>>;
}

/**
 * The AWS Config recorder of one region (a region holds at most one), emitted per scanned
 * region, `name: null` when none exists; its status joined in. The delivery channel is a
 * resource of its own, as CloudFormation and Terraform declare it without naming the recorder.
 */
export interface ConfigRecorderProps {
  /** null: no recorder in the region. */
  name: Known<string | null>;
  /** Whether it is recording (started). */
  recording: Known<boolean>;
  /** Records every supported resource type, with no exclusions. */
  allSupported: Known<boolean>;
  /** Records IAM users, roles, groups and policies (the global types). */
  includeGlobalResourceTypes: Known<boolean>;
  /** The last recording attempt: `SUCCESS`, `PENDING`, `FAILURE`, or null when none (or IaC). */
  lastStatus: Known<string | null>;
}

/** Where AWS Config delivers configuration history and snapshots in a region. */
export interface ConfigDeliveryChannelProps {
  channelName: Known<string>;
  s3BucketName: Known<string>;
}
