/**
 * What live collection did in each account: which regions it covered and skipped, and per
 * service the calls it made, the resources it found in each region, and every listing it
 * could not complete with the reason. The report carries it so a reader can tell "nothing
 * there" from "could not look" for any account, region and service.
 */

/** Why a listing is not complete. */
export type ListingStatus =
  /** The credentials lack the permission. */
  | 'denied'
  /** AWS kept throttling after every retry. */
  | 'throttled'
  /** The region refused the credentials: an opt-in region the account has not enabled. */
  | 'region-disabled'
  /** The service has no endpoint in the region. */
  | 'not-offered'
  /** The account itself could not be entered (AssumeRole refused, STS unreachable). */
  | 'account-failed'
  /** Anything else: a network error, a malformed answer, a collector that failed. */
  | 'failed';

export interface MissingListing {
  /** `*` when the cause is not one region's. */
  region: string;
  type: string;
  status: ListingStatus;
  reason: string;
}

export interface ServiceCollection {
  /** The service's IAM prefix (`kms`, `s3`), or `*` for causes that are not one service's. */
  service: string;
  calls: number;
  failedCalls: number;
  /** Resources collected, by region (`global` for account-wide settings). */
  resources: Record<string, number>;
  missing: MissingListing[];
}

export interface AccountCollection {
  provider: 'aws' | 'azure';
  account: string;
  /** The account's name in AWS Organizations, when the scan listed the organization. */
  name?: string;
  status: 'scanned' | 'failed';
  /** Why the account could not be scanned, or why its region list is partial. */
  reason?: string;
  /** Regions scanned. */
  regions: string[];
  /** Opt-in regions the account has not enabled, so not scanned. */
  disabledRegions: string[];
  calls: number;
  failedCalls: number;
  services: ServiceCollection[];
}
