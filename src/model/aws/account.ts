/**
 * The AWS account itself, emitted once per live account so account-level rules (is there a
 * multi-region trail?) have something to judge. IaC does not describe an account.
 */
export interface AwsAccountProps {
  accountId: string;
  /** Regions the scan covered, for rules that need to know what was looked at. */
  regions: string[];
}
