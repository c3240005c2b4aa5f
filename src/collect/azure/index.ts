import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { CoverageEntry } from '../../engine/inventory.js';
import type { AnyResource, ResourceType } from '../../model/resource.js';
import { InputError, type InputProblem } from '../../util/errors.js';
import { createLimiter, forEachLimit } from '../aws/pool.js';
import type { CollectResult } from '../types.js';
import { DiagnosticsReader } from './diagnostics.js';
import { type AzureFailure, failureFromError, isCredentialError } from './failures.js';
import { ArmHttp, type AzureHttpOptions, clientOptions, DEFAULT_MAX_RETRIES } from './http.js';
import { DIAGNOSTIC_SETTINGS_READ, DIAGNOSTIC_TARGET_TYPES, RESOURCE_GRAPH_READ, RESOURCE_GRAPH_TYPES, SUBSCRIPTIONS_READ } from './permissions.js';
import { type GraphListing, queryResources, resourceFromRow, subscriptionOf } from './resource-graph.js';

export { AZURE_ACTIONS, AZURE_LIVE_TYPES, azureRoleDefinition, RESOURCE_GRAPH_TYPES } from './permissions.js';

export interface AzureCallRecord {
  /** The RBAC action the call needs, as in origin calls. */
  action: string;
  subscription?: string;
  ms: number;
  /** HTTP status, or the error code when the call did not complete. */
  status: number | string;
}

export interface AzureScanOptions {
  /** Subscription ids to scan; default every subscription the identity can see. */
  subscriptions?: string[];
  /** Default: DefaultAzureCredential (environment, workload identity, managed identity, Azure CLI…). */
  credential?: TokenCredential;
  /** Tests: a client answering from recorded responses. */
  httpClient?: HttpClient;
  /** ARM endpoint; default https://management.azure.com. */
  endpoint?: string;
  /** Retries per call after the first attempt, throttling included. Default 5. */
  maxRetries?: number;
  /** ARM calls in flight per subscription. Default 8. */
  concurrency?: number;
  /** Subscriptions read at once for the per-resource ARM calls. Default 4. */
  subscriptionConcurrency?: number;
  /** Subscriptions per Resource Graph query. Default 100. */
  batchSize?: number;
  onCall?: (call: AzureCallRecord) => void;
}

export type AzureCollectResult = CollectResult & {
  scope: { subscriptions: string[] };
  /** The user's mistakes that did not stop the scan. */
  usage: string[];
};

export const DEFAULT_AZURE_CONCURRENCY = 8;
export const DEFAULT_SUBSCRIPTION_CONCURRENCY = 4;
export const DEFAULT_BATCH_SIZE = 100;
/** Resource Graph queries in flight at once: its quota is per identity, not per subscription. */
const GRAPH_CONCURRENCY = 2;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isSubscriptionId(v: string): boolean {
  return GUID.test(v);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every subscription the identity sees, except disabled and deleted ones (said in problems). */
async function listSubscriptions(opts: AzureHttpOptions, problems: InputProblem[], onCall: AzureScanOptions['onCall']): Promise<string[]> {
  const client = new SubscriptionClient(opts.credential, clientOptions(opts));
  const out: string[] = [];
  const started = performance.now();
  try {
    for await (const s of client.subscriptions.list()) {
      const id = s.subscriptionId?.toLowerCase();
      if (!id) continue;
      if (s.state === 'Disabled' || s.state === 'Deleted') {
        problems.push({ source: `azure:${id}`, message: `subscription ${s.displayName ?? id} is ${s.state}: not scanned` });
        continue;
      }
      out.push(id);
    }
    onCall?.({ action: SUBSCRIPTIONS_READ, ms: Math.round(performance.now() - started), status: 200 });
  } catch (error) {
    const f = failureFromError(error, SUBSCRIPTIONS_READ, (opts.maxRetries ?? DEFAULT_MAX_RETRIES) + 1);
    onCall?.({ action: SUBSCRIPTIONS_READ, ms: Math.round(performance.now() - started), status: f.code });
    if (isCredentialError(error)) throw new InputError(`no usable Azure credentials: ${f.message}`);
    throw new InputError(`cannot list the subscriptions this identity can see (${f.reason}): ${f.message}; name them with --subscription`);
  }
  return out;
}

/**
 * Scans Azure subscriptions read-only: one Resource Graph query per batch of subscriptions
 * for the modelled types, then ARM for what Resource Graph does not hold (diagnostic
 * settings of Key Vaults and storage accounts). A refused or throttled call makes the
 * listings it served incomplete, with the reason, and is recorded as a problem; the other
 * subscriptions go on. Only unusable credentials (or no subscription at all) reject, with
 * an `InputError`.
 */
export async function collectAzure(opts: AzureScanOptions = {}): Promise<AzureCollectResult> {
  const credential = opts.credential ?? new DefaultAzureCredential();
  const maxRetries = Math.max(0, opts.maxRetries ?? DEFAULT_MAX_RETRIES);
  const http: AzureHttpOptions = {
    credential,
    maxRetries,
    ...(opts.httpClient ? { httpClient: opts.httpClient } : {}),
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
  };
  const problems: InputProblem[] = [];
  const usage: string[] = [];
  let subscriptions: string[];
  if (opts.subscriptions?.length) {
    subscriptions = [...new Set(opts.subscriptions.map((s) => s.toLowerCase()))];
    const bad = subscriptions.filter((s) => !isSubscriptionId(s));
    if (bad.length) throw new InputError(`not a subscription id: ${bad.join(', ')}`);
  } else {
    subscriptions = await listSubscriptions(http, problems, opts.onCall);
    if (!subscriptions.length) throw new InputError('this identity can see no enabled Azure subscription');
  }

  const graph = new ArmHttp(http);
  const types = RESOURCE_GRAPH_TYPES;
  const listings = new Map<string, GraphListing>();
  const onCall = (subs: readonly string[]) => (ms: number, status: number | string) =>
    opts.onCall?.({ action: RESOURCE_GRAPH_READ, ...(subs.length === 1 ? { subscription: subs[0] as string } : {}), ms, status });
  const batches = chunks(subscriptions, Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE));
  await forEachLimit(batches, GRAPH_CONCURRENCY, async (batch) => {
    const listing = await queryResources(graph, batch, types, { maxRetries, onCall: onCall(batch) });
    if (listing.failure?.kind === 'denied' && batch.length > 1) {
      // Refused for the batch: ask for each subscription alone, so one subscription the
      // identity may not read costs only that subscription.
      await forEachLimit(batch, GRAPH_CONCURRENCY, async (sub) => {
        listings.set(sub, await queryResources(graph, [sub], types, { maxRetries, onCall: onCall([sub]) }));
      });
      return;
    }
    // Rows go to their subscription; a failure speaks for every subscription of the batch.
    for (const sub of batch) listings.set(sub, { rows: [], pages: listing.pages, ...(listing.failure ? { failure: listing.failure } : {}) });
    for (const row of listing.rows) {
      const sub = (typeof row.subscriptionId === 'string' ? row.subscriptionId : subscriptionOf(String(row.id ?? '')))?.toLowerCase();
      const into = sub ? listings.get(sub) : undefined;
      if (into) into.rows.push(row);
    }
  });

  const resources: AnyResource[] = [];
  const coverage: CoverageEntry[] = [];
  const bySubscription = new Map<string, AnyResource[]>();
  for (const sub of subscriptions) {
    const listing = listings.get(sub) ?? { rows: [], pages: 0, failure: undefined };
    const mine: AnyResource[] = [];
    for (const row of listing.rows) {
      const r = resourceFromRow(row);
      if (r) mine.push(r);
    }
    bySubscription.set(sub, mine);
    resources.push(...mine);
    if (listing.failure) problems.push(failureProblem(sub, 'resourcegraph', listing.failure));
    for (const type of types) coverage.push(entry(sub, type, listing.failure));
  }

  // ARM for what Resource Graph lacks, bounded per subscription.
  const diagnostics = new DiagnosticsReader(http);
  const perSubscription = Math.max(1, opts.concurrency ?? DEFAULT_AZURE_CONCURRENCY);
  await forEachLimit(subscriptions, Math.max(1, opts.subscriptionConcurrency ?? DEFAULT_SUBSCRIPTION_CONCURRENCY), async (sub) => {
    const limit = createLimiter(perSubscription);
    const targets = (bySubscription.get(sub) ?? []).filter((r) => (DIAGNOSTIC_TARGET_TYPES as readonly string[]).includes(r.type));
    const reasons: string[] = [];
    const listing = listings.get(sub);
    if (listing?.failure) reasons.push(`the resources whose diagnostic settings are read were not all listed: ${listing.failure.reason}`);
    const failed: { target: AnyResource; failure: AzureFailure }[] = [];
    await Promise.all(
      targets.map((target) =>
        limit(async () => {
          const started = performance.now();
          const res = await diagnostics.read(target);
          opts.onCall?.({ action: DIAGNOSTIC_SETTINGS_READ, subscription: sub, ms: Math.round(performance.now() - started), status: res.ok ? 200 : res.failure.code });
          if (res.ok) resources.push(...res.resources);
          else failed.push({ target, failure: res.failure });
        }),
      ),
    );
    for (const { target, failure } of failed) {
      problems.push({ source: `azure:${sub}:diagnosticSettings`, message: `${target.id}: ${failure.reason}: ${failure.message}` });
    }
    if (failed.length) {
      const shown = failed.slice(0, 3).map((f) => `${f.failure.reason} for ${f.target.name}`);
      reasons.push(`${shown.join('; ')}${failed.length > 3 ? ` and ${failed.length - 3} more` : ''}`);
    }
    coverage.push({ provider: 'azure', account: sub, type: 'Microsoft.Insights/diagnosticSettings', complete: reasons.length === 0, reasons });
  });

  return { resources, problems, coverage, scope: { subscriptions }, usage };
}

function entry(sub: string, type: ResourceType, failure: AzureFailure | undefined): CoverageEntry {
  return { provider: 'azure', account: sub, type, complete: !failure, reasons: failure ? [failure.reason] : [] };
}

function failureProblem(sub: string, source: string, failure: AzureFailure): InputProblem {
  return { source: `azure:${sub}:${source}`, message: `${failure.reason}: ${failure.message}` };
}
