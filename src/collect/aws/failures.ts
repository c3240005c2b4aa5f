/**
 * Turning an SDK error into something a collector can act on. The SDK has already retried
 * throttling and transient errors by the time one reaches us, so what arrives is final.
 */

export type FailureKind = 'denied' | 'throttled' | 'region' | 'other';

export interface AwsFailure {
  kind: FailureKind;
  /** The error code AWS returned (`AccessDenied`, `NoSuchBucketPolicy`) or a Node code. */
  code: string;
  /** `service:Operation`, as in origin calls. */
  call: string;
  region: string;
  /** Short, stable reason for an `unknown` value: `AccessDenied on s3:GetBucketPolicy`. */
  reason: string;
  /** AWS's own message, for problems a person reads. */
  message: string;
}

// The four spellings of "not allowed" across AWS protocols: S3 (REST-XML), JSON services
// such as KMS and CloudTrail, EC2, and the query services (SNS, IAM).
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthorizationError']);

// The codes the SDK itself classes as throttling (smithy's THROTTLING_ERROR_CODES).
const THROTTLED = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);

// Credentials that work elsewhere (STS answered) but are refused in one region mean the
// region is an opt-in region this account has not enabled: JSON services say
// UnrecognizedClientException, query services InvalidClientTokenId, EC2 AuthFailure.
const REGION_REFUSED = new Set(['UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure']);

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

function errorCode(e: ErrorShape): string {
  // Service errors carry their code in `name`; Node network errors are plain `Error`s
  // with the code in `code` (ENOTFOUND).
  for (const c of [e.name, e.code, e.Code]) {
    if (typeof c === 'string' && c && c !== 'Error') return c;
  }
  return 'Error';
}

function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * @param iamAction the IAM action the call needs, named in the reason when it differs
 *   from the operation (s3:GetBucketEncryption needs s3:GetEncryptionConfiguration).
 */
export function classifyError(
  error: unknown,
  call: string,
  region: string,
  iamAction: string | undefined,
  maxAttempts: number,
): AwsFailure {
  const e = (error && typeof error === 'object' ? error : { message: String(error) }) as ErrorShape;
  const code = errorCode(e);
  const message = clip(typeof e.message === 'string' && e.message ? e.message : code);
  const status = e.$metadata?.httpStatusCode;
  const base = { code, call, region, message };
  if (DENIED.has(code)) {
    const needs = iamAction && iamAction !== call ? ` (IAM action ${iamAction})` : '';
    return { ...base, kind: 'denied', reason: `AccessDenied on ${call}${needs}` };
  }
  if (THROTTLED.has(code) || status === 429) {
    const attempts = e.$metadata?.attempts ?? maxAttempts;
    return { ...base, kind: 'throttled', reason: `throttled: ${call} gave up after ${attempts} attempts` };
  }
  if (REGION_REFUSED.has(code)) {
    return {
      ...base,
      kind: 'region',
      reason: `${code} on ${call} in ${region}: is the region enabled for this account?`,
    };
  }
  return { ...base, kind: 'other', reason: `${code} on ${call}` };
}
