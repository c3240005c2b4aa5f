/**
 * An Azure error as something the collector can act on. The SDK pipeline has already
 * retried throttling (honouring Retry-After) and transient errors when one reaches us.
 */
export type AzureFailureKind = 'denied' | 'throttled' | 'other';

export interface AzureFailure {
  kind: AzureFailureKind;
  /** ARM's error code (`AuthorizationFailed`), else the HTTP status or the error's name. */
  code: string;
  status?: number;
  /** Short, stable reason for coverage and `unknown` values. */
  reason: string;
  /** Azure's own message, for problems a person reads. */
  message: string;
}

function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function classify(status: number | undefined, code: string, message: string, action: string, attempts: number): AzureFailure {
  const base = { code, message: clip(message || code), ...(status !== undefined ? { status } : {}) };
  if (status === 403 || status === 401 || /^(AuthorizationFailed|Forbidden|InvalidAuthenticationToken.*|LinkedAuthorizationFailed)$/.test(code)) {
    return { ...base, kind: 'denied', reason: `${code} on ${action}` };
  }
  if (status === 429 || /^(TooManyRequests|RateLimiting|Throttled)/i.test(code)) {
    return { ...base, kind: 'throttled', reason: `throttled: ${action} gave up after ${attempts} attempts` };
  }
  return { ...base, kind: 'other', reason: `${code} on ${action}` };
}

/** A non-2xx response read by hand (Resource Graph): `{ error: { code, message } }`. */
export function failureFromResponse(status: number, body: unknown, action: string, attempts: number): AzureFailure {
  const err = body && typeof body === 'object' ? (body as { error?: { code?: unknown; message?: unknown } }).error : undefined;
  const code = typeof err?.code === 'string' && err.code ? err.code : String(status);
  const message = typeof err?.message === 'string' ? err.message : typeof body === 'string' ? body : '';
  return classify(status, code, message, action, attempts);
}

/** A thrown error: a RestError from a generated client, or a credential or network error. */
export function failureFromError(error: unknown, action: string, attempts: number): AzureFailure {
  const e = (error && typeof error === 'object' ? error : { message: String(error) }) as {
    statusCode?: unknown;
    code?: unknown;
    name?: unknown;
    message?: unknown;
  };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const code =
    typeof e.code === 'string' && e.code ? e.code : status !== undefined ? String(status) : typeof e.name === 'string' && e.name ? e.name : 'Error';
  return classify(status, code, typeof e.message === 'string' ? e.message : '', action, attempts);
}

/** Credential errors from @azure/identity: no login at all, rather than a refused call. */
export function isCredentialError(error: unknown): boolean {
  const name = error && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
  return name === 'CredentialUnavailableError' || name === 'AuthenticationRequiredError' || name === 'AggregateAuthenticationError' || name === 'AuthenticationError';
}
