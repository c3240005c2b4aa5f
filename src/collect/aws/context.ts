import type { CoverageEntry } from '../../engine/inventory.js';
import type { AnyResource, ResourceType } from '../../model/resource.js';
import type { Known } from '../../model/unknown.js';
import type { InputProblem } from '../../util/errors.js';
import type { Caller, Listing, Outcome, SdkCommand } from './caller.js';
import type { ServiceName } from './clients.js';
import type { AwsFailure } from './failures.js';
import { forEachLimit } from './pool.js';

export { known } from './caller.js';
export type { Outcome } from './caller.js';

/**
 * A live collector for one service. `permissions` maps every operation it calls
 * (`service:Operation`) to the IAM action that operation needs; the read-only policy
 * phiguard prints is generated from these declarations, and the caller refuses an
 * operation that is not declared.
 */
export interface ServiceCollector {
  service: ServiceName;
  /** The resource types it lists, so a collector that fails outright marks them incomplete. */
  types: readonly ResourceType[];
  permissions: Readonly<Record<string, string>>;
  collect(ctx: AwsContext): Promise<void>;
}

/** The account and regions one scan covers, settled before any service is collected. */
export interface AwsScope {
  account: string;
  partition: string;
  /** The caller's ARN. */
  identity: string;
  /** Where global calls (ListBuckets, S3 Control) go. */
  homeRegion: string;
  /** The regions regional services are listed in. */
  regions: string[];
  /** Set when the user chose the regions: resources found elsewhere are out of scope. */
  regionFilter?: ReadonlySet<string>;
  /** Set when the enabled regions could not be listed, so regional listings are partial. */
  regionsIncomplete?: string;
  /** Opt-in regions the account has not enabled: not scanned, and said so in the report. */
  disabledRegions?: string[];
  /** The calls that settled the scope. */
  calls: string[];
}

/** One listing as a collector recorded it, for the per-region, per-service report. */
export interface ListingRecord {
  type: ResourceType;
  service: string;
  /** `*` when the reason is not one region's (a collector that failed outright). */
  region: string;
  failure?: AwsFailure;
  /** Why the listing is partial when no single call's failure says it. */
  reason?: string;
}

/**
 * What a service collector works with: the caller, the scope, and the sinks for
 * resources, problems and coverage.
 */
export class AwsContext {
  readonly resources: AnyResource[];
  readonly problems: InputProblem[];
  private readonly coverage: Map<ResourceType, CoverageEntry>;
  private readonly listingLog: ListingRecord[];

  constructor(
    private readonly caller: Caller,
    readonly scope: AwsScope,
    private readonly concurrency: number,
    /** A context whose resources, problems and coverage this one records into. */
    parent?: AwsContext,
  ) {
    this.resources = parent?.resources ?? [];
    this.problems = parent?.problems ?? [];
    this.coverage = parent?.coverage ?? new Map();
    this.listingLog = parent?.listingLog ?? [];
  }

  /**
   * The same account over some of its regions, recording into this context: a collector
   * run only where another source (AWS Config) could not supply its types.
   */
  narrowed(regions: string[]): AwsContext {
    const filter = this.scope.regionFilter;
    const kept = regions.filter((r) => !filter || filter.has(r));
    return new AwsContext(this.caller, { ...this.scope, regions: kept, regionFilter: new Set(kept) }, this.concurrency, this);
  }

  get account(): string {
    return this.scope.account;
  }
  get partition(): string {
    return this.scope.partition;
  }
  get homeRegion(): string {
    return this.scope.homeRegion;
  }

  /** Whether a resource in `region` is inside the scan's scope. */
  inScope(region: Known<string>): boolean {
    const filter = this.scope.regionFilter;
    return !filter || typeof region !== 'string' || filter.has(region);
  }

  call<O>(service: ServiceName, region: string, command: SdkCommand<O>): Promise<Outcome<O>> {
    return this.caller.call(service, region, command);
  }

  list<O, T>(
    service: ServiceName,
    region: string,
    page: (token: string | undefined) => SdkCommand<O>,
    items: (output: O) => T[] | undefined,
    next: (output: O) => string | undefined,
  ): Promise<Listing<T>> {
    return this.caller.list(service, region, page, items, next);
  }

  /** Per-resource work, at most `concurrency` resources at a time. */
  forEach<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
    return forEachLimit(items, this.concurrency, fn);
  }

  /** Runs `fn` for every scanned region at once; the caller bounds each region's calls. */
  async forEachRegion(fn: (region: string) => Promise<void>): Promise<void> {
    await Promise.all(this.scope.regions.map((region) => fn(region)));
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
    this.listingLog.push({ type, service, region, ...(failure ? { failure } : {}) });
    let entry = this.coverage.get(type);
    if (!entry) {
      entry = { provider: 'aws', account: this.account, type, complete: true, reasons: [] };
      this.coverage.set(type, entry);
    }
    if (regional && this.scope.regionsIncomplete) this.incomplete(entry, this.scope.regionsIncomplete);
    if (failure) {
      this.incomplete(entry, failure.kind === 'region' ? failure.reason : `${failure.reason} in ${region}`);
      this.problem(service, region, `${type} not fully listed: ${failure.reason} (${failure.message})`);
    }
  }

  /** Marks `type` as not fully listed for a reason other than one call's failure. */
  notListed(type: ResourceType, reason: string): void {
    this.listingLog.push({ type, service: '*', region: '*', reason });
    let entry = this.coverage.get(type);
    if (!entry) {
      entry = { provider: 'aws', account: this.account, type, complete: false, reasons: [] };
      this.coverage.set(type, entry);
    }
    this.incomplete(entry, reason);
  }

  coverageEntries(): CoverageEntry[] {
    return [...this.coverage.values()];
  }

  /** Every listing recorded so far, complete or not, in the order recorded. */
  listings(): readonly ListingRecord[] {
    return this.listingLog;
  }

  private incomplete(entry: CoverageEntry, reason: string): void {
    entry.complete = false;
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
  }
}

/** AWS tag lists (`[{Key, Value}]`, KMS's `[{TagKey, TagValue}]`) as a record. */
export function tagRecord<T>(
  tags: T[] | undefined,
  key: (t: T) => string | undefined,
  value: (t: T) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    const k = key(t);
    if (k !== undefined) out[k] = value(t) ?? '';
  }
  return out;
}
