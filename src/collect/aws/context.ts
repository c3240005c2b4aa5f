import type { CoverageEntry } from '../../engine/inventory.js';
import type { AnyResource, ResourceType } from '../../model/resource.js';
import { type Known, unknown } from '../../model/unknown.js';
import type { InputProblem } from '../../util/errors.js';
import type { ClientFactory, ServiceName } from './clients.js';
import { type AwsFailure, classifyError } from './failures.js';
import { createLimiter, forEachLimit, type Limiter } from './pool.js';

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
 * A live collector for one service. `permissions` maps every operation it calls
 * (`service:Operation`) to the IAM action that operation needs; the read-only policy
 * phiguard prints is generated from these declarations, and the wrapper refuses a call
 * that is not declared.
 */
export interface ServiceCollector {
  service: ServiceName;
  /** The resource types it lists, so a collector that fails outright marks them incomplete. */
  types: readonly ResourceType[];
  permissions: Readonly<Record<string, string>>;
  collect(ctx: AwsContext): Promise<void>;
}

export interface AwsContextInit {
  factory: ClientFactory;
  account: string;
  partition: string;
  /** Where global calls (ListBuckets, S3 Control) go. */
  homeRegion: string;
  /** The regions regional services are listed in. */
  regions: readonly string[];
  /** Set when the user chose the regions: resources found elsewhere are out of scope. */
  regionFilter?: ReadonlySet<string>;
  /** Set when the enabled regions could not be listed, so regional listings are partial. */
  regionsIncomplete?: string;
  concurrency: number;
  /** `service:Operation` → IAM action, from every collector's declaration. */
  permissions: ReadonlyMap<string, string>;
  onCall?: (record: CallRecord) => void;
}

/**
 * What a service collector works with: one wrapper for every AWS call (bounded, timed,
 * recorded, classified), and the sinks for resources, problems and coverage.
 */
export class AwsContext {
  readonly resources: AnyResource[] = [];
  readonly problems: InputProblem[] = [];
  private readonly coverage = new Map<ResourceType, CoverageEntry>();
  private readonly limiters = new Map<string, Limiter>();

  constructor(private readonly init: AwsContextInit) {}

  get account(): string {
    return this.init.account;
  }
  get partition(): string {
    return this.init.partition;
  }
  get homeRegion(): string {
    return this.init.homeRegion;
  }
  get regions(): readonly string[] {
    return this.init.regions;
  }

  /** Whether a resource in `region` is inside the scan's scope. */
  inScope(region: Known<string>): boolean {
    const filter = this.init.regionFilter;
    return !filter || typeof region !== 'string' || filter.has(region);
  }

  /** Makes one AWS call; never throws for an AWS error, returns it classified instead. */
  async call<O>(service: ServiceName, region: string, command: SdkCommand<O>): Promise<Outcome<O>> {
    const operation = command.constructor.name.replace(/Command$/, '');
    const call = `${service}:${operation}`;
    const action = this.init.permissions.get(call);
    // The read-only promise, enforced: an operation no collector declared is a bug, and
    // must not reach AWS with whatever permissions the user happens to hold.
    if (!action) throw new Error(`${call} is not declared in any AWS collector's permissions`);
    const client = this.init.factory.client(service, region);
    return this.limiter(service, region)(async () => {
      const started = performance.now();
      try {
        const value = (await client.send(command)) as O;
        this.init.onCall?.({ service, operation, region, ms: Math.round(performance.now() - started) });
        return { ok: true, value, call };
      } catch (error) {
        const failure = classifyError(error, call, region, action, this.init.factory.maxAttempts);
        const ms = Math.round(performance.now() - started);
        this.init.onCall?.({ service, operation, region, ms, error: failure.code });
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

  /** Per-resource work, at most `concurrency` resources at a time. */
  forEach<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
    return forEachLimit(items, this.init.concurrency, fn);
  }

  /** Runs `fn` for every scanned region; each region's calls are bounded by their own limiter. */
  async forEachRegion(fn: (region: string) => Promise<void>): Promise<void> {
    await Promise.all(this.init.regions.map((region) => fn(region)));
  }

  add(resource: AnyResource): void {
    this.resources.push(resource);
  }

  problem(service: string, region: string, message: string): void {
    this.problems.push({ source: `aws:${this.account}:${region}:${service}`, message });
  }

  /**
   * Records one listing of `type`: complete, or not, with a problem saying why. Regional
   * listings are partial whatever they return when the enabled regions are unknown.
   */
  listed(type: ResourceType, service: string, region: string, failure?: AwsFailure, regional = true): void {
    let entry = this.coverage.get(type);
    if (!entry) {
      entry = { provider: 'aws', account: this.account, type, complete: true, reasons: [] };
      if (regional && this.init.regionsIncomplete) {
        entry.complete = false;
        entry.reasons.push(this.init.regionsIncomplete);
      }
      this.coverage.set(type, entry);
    }
    if (failure) {
      entry.complete = false;
      const reason = `${failure.reason} in ${region}`;
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
      this.problem(service, region, `${type} not fully listed: ${failure.reason} (${failure.message})`);
    }
  }

  coverageEntries(): CoverageEntry[] {
    return [...this.coverage.values()];
  }

  private limiter(service: ServiceName, region: string): Limiter {
    const key = `${service}|${region}`;
    let limit = this.limiters.get(key);
    if (!limit) this.limiters.set(key, (limit = createLimiter(this.init.concurrency)));
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

/** AWS tag lists (`[{Key, Value}]`, KMS's `[{TagKey, TagValue}]`) as a record. */
export function tagRecord<T>(tags: T[] | undefined, key: (t: T) => string | undefined, value: (t: T) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    const k = key(t);
    if (k !== undefined) out[k] = value(t) ?? '';
  }
  return out;
}
