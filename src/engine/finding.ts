import type { IacOrigin } from '../model/origin.js';
import type { Known } from '../model/unknown.js';
import type { Evidence, ResultStatus, Severity } from '../rules/types.js';

export interface FindingResource {
  provider: 'aws' | 'azure';
  type: string;
  id: string;
  name: string;
  account: Known<string>;
  region: Known<string>;
  tags: Known<Record<string, string>>;
  /** IaC results: where the resource is declared. */
  location?: Pick<IacOrigin, 'format' | 'file' | 'line' | 'column' | 'address' | 'construct'>;
  /** Live results: the API operations that produced the resource. */
  calls?: string[];
}

export interface AppliedSuppression {
  rule: string;
  resource: string;
  reason: string;
  approvedBy?: string;
  expires?: string;
  /** Set when the exception is written in the IaC itself: `file:line` of its resource. */
  source?: string;
}

/** One rule's result on one resource. */
export interface Finding {
  /** Stable across scans: derived from the rule id and the resource's identity. */
  id: string;
  ruleId: string;
  title: string;
  /** Raised one level from the rule's when the resource is in PHI scope. */
  severity: Severity;
  /** The rule's severity, present when the PHI scope raised it. */
  baseSeverity?: Severity;
  /** Shared by every finding of the rule: never mutate. */
  hipaa: readonly string[];
  status: ResultStatus;
  message: string;
  reason?: string;
  evidence: Evidence[];
  resource: FindingResource;
  /** The resource is in PHI scope (tagged, or in an account declared as holding PHI). */
  phi: boolean;
  /** An exception in force for this result; the status underneath is kept. */
  suppressed?: AppliedSuppression;
}
