import { type Known, unknown } from '../../model/unknown.js';
import type { ClientFactory, ServiceName } from './clients.js';
import { type AwsFailure, classifyError } from './failures.js';
import { createLimiter, type Limiter } from './pool.js';

/** One AWS operation as it happened, for `--verbose` logging. */
export interface CallRecord {
  service: string;
  operation: string;
  region: string;
  ms: number;
  /** The error code, when the call failed. */
  error?: string;
}

/**
 * Any SDK v3 command, typed by what it returns. Structural, so collectors pass the
 * commands of every client through one wrapper without casting.
 */
export interface SdkCommand<O> {
  readonly input: object;
  resolveMiddleware(...args: never[]): (args: never) => Promise<{ output: O }>;
}

export type Outcome<O> = { ok: true; value: O; call: string } | { ok: false; failure: AwsFailure; call: string };

/** Everything a paginated listing returned, and why it stopped early if it did. */
export interface Listing<T> {
  items: T[];
  calls: string[];
  failure?: AwsFailure;
}

/**
 * The one way phiguard calls AWS: every operation is checked against the declared
 * permissions, bounded per service and region, timed, reported to `onCall`, and its error
 * classified rather than thrown.
 */
export class Caller {
  private readonly limiters = new Map<string, Limiter>();

  constructor(
    private readonly factory: ClientFactory,
    /** `service:Operation` → IAM action, from every collector's declaration. */
    private readonly permissions: ReadonlyMap<string, string>,
    private readonly concurrency: number,
    private readonly onCall?: (record: CallRecord) => void,
  ) {}

  async call<O>(service: ServiceName, region: string, command: SdkCommand<O>): Promise<Outcome<O>> {
    const operation = command.constructor.name.replace(/Command$/, '');
    const call = `${service}:${operation}`;
    const action = this.permissions.get(call);
    // The read-only promise, enforced: an operation no collector declared is a bug, and
    // must not reach AWS with whatever permissions the user happens to hold.
    if (!action) throw new Error(`${call} is not declared in any AWS collector's permissions`);
    const client = this.factory.client(service, region);
    return this.limiter(service, region)(async () => {
      const started = performance.now();
      const elapsed = (): number => Math.round(performance.now() - started);
      try {
        const value = (await client.send(command)) as O;
        this.onCall?.({ service, operation, region, ms: elapsed() });
        return { ok: true, value, call };
      } catch (error) {
        const failure = classifyError(error, call, region, action, this.factory.maxAttempts);
        this.onCall?.({ service, operation, region, ms: elapsed(), error: failure.code });
        return { ok: false, failure, call };
      }
    });
  }

  /**
   * Follows a paginated listing to its end. Items of the pages read before a failure are
   * kept; the failure says the list is partial.
   */
  async list<O, T>(
    service: ServiceName,
    region: string,
    page: (token: string | undefined) => SdkCommand<O>,
    items: (output: O) => T[] | undefined,
    next: (output: O) => string | undefined,
  ): Promise<Listing<T>> {
    const out: Listing<T> = { items: [], calls: [] };
    const seen = new Set<string>();
    let token: string | undefined;
    do {
      const res = await this.call(service, region, page(token));
      if (!out.calls.includes(res.call)) out.calls.push(res.call);
      if (!res.ok) {
        out.failure = res.failure;
        break;
      }
      out.items.push(...(items(res.value) ?? []));
      token = next(res.value) || undefined;
      // A token handed back twice would page forever; some compatible endpoints do that.
      if (token !== undefined && seen.has(token)) break;
      if (token !== undefined) seen.add(token);
    } while (token !== undefined);
    return out;
  }

  private limiter(service: ServiceName, region: string): Limiter {
    const key = `${service}|${region}`;
    let limit = this.limiters.get(key);
    if (!limit) this.limiters.set(key, (limit = createLimiter(this.concurrency)));
    return limit;
  }
}

/**
 * An outcome as a model value: `map` of the answer, the documented meaning of an error code
 * that says "not configured" (`absent`), or `unknown` with the failure's reason.
 */
export function known<O, T>(outcome: Outcome<O>, map: (value: O) => Known<T>, absent: Record<string, T> = {}): Known<T> {
  if (outcome.ok) return map(outcome.value);
  const code = outcome.failure.code;
  if (Object.hasOwn(absent, code)) return absent[code] as T;
  return unknown(outcome.failure.reason);
}
