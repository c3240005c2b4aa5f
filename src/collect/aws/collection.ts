import type { AccountCollection, ListingStatus, MissingListing, ServiceCollection } from '../../engine/collection.js';
import type { ResourceType } from '../../model/resource.js';
import type { TargetAccount } from './accounts.js';
import type { CallRecord } from './caller.js';
import type { AwsContext, AwsScope, ServiceCollector } from './context.js';
import type { AwsFailure } from './failures.js';

/** Calls made in one account, per service. */
export class CallStats {
  calls = 0;
  failed = 0;
  readonly byService = new Map<string, { calls: number; failed: number }>();

  add(r: CallRecord): void {
    this.calls++;
    if (r.error) this.failed++;
    let s = this.byService.get(r.service);
    if (!s) this.byService.set(r.service, (s = { calls: 0, failed: 0 }));
    s.calls++;
    if (r.error) s.failed++;
  }
}

// Node's resolver errors: the service has no endpoint of that name in the region. A
// region where the service does not exist cannot be told from one whose DNS is down by
// this alone, so the listing stays incomplete either way; the status only says which.
const NO_ENDPOINT = new Set(['ENOTFOUND', 'UnknownEndpoint']);

export function listingStatus(failure: AwsFailure): ListingStatus {
  if (failure.kind === 'denied') return 'denied';
  if (failure.kind === 'throttled') return 'throttled';
  if (failure.kind === 'region') return 'region-disabled';
  if (NO_ENDPOINT.has(failure.code)) return 'not-offered';
  return 'failed';
}

export interface CollectionInput {
  target: TargetAccount;
  scope: AwsScope;
  ctx: AwsContext;
  stats: CallStats;
  collectors: readonly ServiceCollector[];
}

/**
 * The account's collection record: per service, the resources found in each region and
 * every listing that did not complete, with why.
 */
export function accountCollection({ target, scope, ctx, stats, collectors }: CollectionInput): AccountCollection {
  const serviceOf = new Map<ResourceType, string>([['AWS::Account', 'sts']]);
  for (const c of collectors) for (const t of c.types) if (!serviceOf.has(t)) serviceOf.set(t, c.service);
  const services = new Map<string, ServiceCollection>();
  const service = (name: string): ServiceCollection => {
    let s = services.get(name);
    if (!s) {
      const calls = stats.byService.get(name);
      services.set(name, (s = { service: name, calls: calls?.calls ?? 0, failedCalls: calls?.failed ?? 0, resources: {}, missing: [] }));
    }
    return s;
  };
  for (const name of stats.byService.keys()) service(name);
  for (const r of ctx.resources) {
    const s = service(serviceOf.get(r.type) ?? r.type.split('::')[1]!.toLowerCase());
    const region = typeof r.region === 'string' ? r.region : 'unknown';
    s.resources[region] = (s.resources[region] ?? 0) + 1;
  }
  const seen = new Set<string>();
  for (const l of ctx.listings()) {
    let missing: MissingListing | undefined;
    if (l.failure) missing = { region: l.region, type: l.type, status: listingStatus(l.failure), reason: l.failure.reason };
    else if (l.reason) missing = { region: l.region, type: l.type, status: 'failed', reason: l.reason };
    if (!missing) continue;
    const name = l.service === '*' ? (serviceOf.get(l.type) ?? '*') : l.service;
    const key = `${name}|${missing.region}|${missing.type}|${missing.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    service(name).missing.push(missing);
  }
  return {
    provider: 'aws',
    account: scope.account,
    ...(target.name ? { name: target.name } : {}),
    status: 'scanned',
    ...(scope.regionsIncomplete ? { reason: scope.regionsIncomplete } : {}),
    regions: [...scope.regions],
    disabledRegions: [...(scope.disabledRegions ?? [])],
    calls: stats.calls,
    failedCalls: stats.failed,
    services: [...services.values()].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0)),
  };
}
