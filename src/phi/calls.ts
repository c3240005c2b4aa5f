/** One storage API call, for `--verbose` and for tests that check what was called when. */
export interface StoreCall {
  provider: 'aws' | 'azure' | 'local';
  operation: string;
  /** Bucket / container / root. */
  store: string;
  /** Raw object key, for in-process observers only: the CLI's log never prints it. */
  key?: string;
  /** The Range asked for, e.g. `bytes=0-1048575`. */
  range?: string;
  /** Content-Length the store answered with. */
  contentLength?: number;
  ms: number;
  error?: string;
}

export type OnCall = (call: StoreCall) => void;

/** A provider error as a short, value-free reason: its name/code and HTTP status, never its message. */
export function errorReason(e: unknown): string {
  const err = e as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; statusCode?: number };
  const name = err?.code ?? err?.name ?? 'Error';
  const status = err?.$metadata?.httpStatusCode ?? err?.statusCode;
  if (status === 403 || /AccessDenied|AuthorizationPermissionMismatch|AuthorizationFailure|Forbidden|EACCES|EPERM/i.test(name)) {
    return `access denied (${name})`;
  }
  if (status === 404 || /NoSuch|NotFound/i.test(name)) return `not found (${name})`;
  return status ? `${name} (HTTP ${status})` : name;
}

export function isAccessDenied(e: unknown): boolean {
  return errorReason(e).startsWith('access denied');
}

/** Times one call and reports it, success or failure. */
export async function timed<T>(
  onCall: OnCall | undefined,
  call: Omit<StoreCall, 'ms' | 'error'>,
  fn: () => Promise<T>,
  after?: (result: T) => Partial<StoreCall>,
): Promise<T> {
  const t0 = performance.now();
  try {
    const r = await fn();
    onCall?.({ ...call, ...after?.(r), ms: Math.round(performance.now() - t0) });
    return r;
  } catch (e) {
    onCall?.({ ...call, ms: Math.round(performance.now() - t0), error: errorReason(e) });
    throw e;
  }
}
