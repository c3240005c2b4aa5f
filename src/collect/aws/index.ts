import { ClientFactory } from './clients.js';
import { type AwsCollectResult, type AwsScanOptions, DEFAULT_MAX_ATTEMPTS, runAwsCollection } from './run.js';

/**
 * Live AWS collection: one collector per service (s3, s3control, kms, cloudtrail, logs),
 * each declaring the IAM actions it calls. Read-only by construction: the caller refuses
 * any operation no collector declared.
 */
export type { CallRecord } from './caller.js';
export type { AccountEvent, AccountResult, AwsCollectResult, AwsScanOptions } from './run.js';
export { DEFAULT_ROLE_NAME } from './accounts.js';
export { AWS_LIVE_TYPES, AWS_PERMISSIONS, awsReadOnlyPolicy } from './permissions.js';

/**
 * Scans the account the standard credential chain (or `profile`) resolves to, or with `org`
 * / `accounts` the organization's accounts through an assumed role in each. Denied or
 * throttled calls become `unknown` values, problems and incomplete coverage, never a
 * failed scan; only an unusable identity (no credentials, STS unreachable) or a malformed
 * region name rejects, with an `InputError`.
 */
export function collectAws(opts: AwsScanOptions = {}): Promise<AwsCollectResult> {
  const endpointUrl = opts.endpointUrl ?? process.env.AWS_ENDPOINT_URL;
  const factory = new ClientFactory({
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(endpointUrl ? { endpointUrl } : {}),
    maxAttempts: Math.max(1, opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
  });
  return runAwsCollection(opts, factory);
}
