import type { CoverageEntry } from '../../engine/inventory.js';
import type { AccountCollection } from '../../engine/collection.js';
import type { AnyResource } from '../../model/resource.js';
import { type Known, unknown } from '../../model/unknown.js';
import type { InputProblem } from '../../util/errors.js';
import type { CollectResult } from '../types.js';
import { accountTags, assumeRole, checkRoleName, DEFAULT_ROLE_NAME, orchestratorPermissions, resolveTargets, type TargetAccount } from './accounts.js';
import { type CallRecord, Caller } from './caller.js';
import { type ClientFactory, FALLBACK_REGION } from './clients.js';
import { accountCollection, CallStats } from './collection.js';
import { type ConfigSource, configAggregatorPermissions, configRecorderPermissions, openConfigSource } from './config-source.js';
import { AwsContext, type AwsScope, type ServiceCollector } from './context.js';
import { AWS_LIVE_TYPES, COLLECTORS, OPERATION_ACTIONS } from './permissions.js';
import { forEachLimit } from './pool.js';
import { checkRegionNames, identify, partitionOf, resolveScope } from './scope.js';

export interface AwsScanOptions {
  /** Shared config / SSO profile; otherwise the standard chain (env, config, instance role). */
  profile?: string;
  /** Regions to list; `'all'` or absent: every region enabled for the account. */
  regions?: string[] | 'all';
  /** An AWS-compatible endpoint for every call; defaults to `AWS_ENDPOINT_URL`. */
  endpointUrl?: string;
  /** Attempts per call, throttling retries included (SDK adaptive retry). Default 10. */
  maxAttempts?: number;
  /** Calls in flight per service and region, and resources read at once. Default 8. */
  concurrency?: number;
  /** Every account of the organization (from its management or a delegated administrator account). */
  org?: boolean;
  /** The accounts to scan; with `org`, a filter on the organization's accounts. */
  accounts?: string[];
  /** The role assumed in each account other than the caller's own. Default `PhiguardAudit`. */
  roleName?: string;
  externalId?: string;
  /** Accounts scanned at once. Default 4. */
  accountConcurrency?: number;
  /** `config`: read what an AWS Config aggregator records instead of describing it. */
  inventorySource?: 'api' | 'config';
  configAggregator?: string;
  /** The collectors to run; default every one. The benchmark narrows it to the services it serves. */
  collectors?: readonly ServiceCollector[];
  /** Every API call as it completes, with the account it was made in. */
  onCall?: (op: CallRecord, account?: string) => void;
  /** An account starting, finished or failed: for progress display. */
  onAccount?: (event: AccountEvent) => void;
  /**
   * Receives each account's results as the account finishes. When set, the result of the
   * scan carries no resources: a large organization is never held in memory at once.
   */
  onAccountResult?: (result: AccountResult) => Promise<void>;
}

export type AccountEvent =
  | { phase: 'start'; account: string; name?: string; regions?: number }
  | { phase: 'regions'; account: string; regions: number }
  | { phase: 'done'; account: string; resources: number; calls: number; failedCalls: number }
  | { phase: 'failed'; account: string; reason: string };

/** One account's share of the scan. */
export interface AccountResult extends Omit<CollectResult, 'collection'> {
  account: string;
  collection: AccountCollection;
}

export type AwsCollectResult = CollectResult & {
  scope: { accounts: string[]; regions: string[]; identity?: string };
  /** Per account: regions covered and skipped, and per service what was and was not listed. */
  collection: AccountCollection[];
  /** The user's mistakes that did not stop the scan (an account not in the organization). */
  usage: string[];
};

export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_ACCOUNT_CONCURRENCY = 4;

/** What the caller may call: every collector's operations, and those that reach accounts. */
const ALL_ACTIONS: ReadonlyMap<string, string> = new Map([
  ...OPERATION_ACTIONS,
  ...Object.entries(orchestratorPermissions),
  ...Object.entries(configAggregatorPermissions),
  ...Object.entries(configRecorderPermissions),
]);

/** The scan itself, given the clients to use; `collectAws` supplies the real ones. */
export async function runAwsCollection(opts: AwsScanOptions, factory: ClientFactory): Promise<AwsCollectResult> {
  try {
    const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
    checkRegionNames(opts.regions);
    const multi = Boolean(opts.org || opts.accounts?.length);
    const roleName = checkRoleName(opts.roleName ?? DEFAULT_ROLE_NAME);
    const home = await homeRegion(opts, factory);
    const base = new Caller(factory, ALL_ACTIONS, concurrency, (r) => opts.onCall?.(r));
    let config: ConfigSource | undefined;
    const me = await identify(base, home);
    const { targets, problems, usage } = multi
      ? await resolveTargets(base, me.account, { org: Boolean(opts.org), ...(opts.accounts ? { accounts: opts.accounts } : {}), homeRegion: home })
      : { targets: [{ id: me.account, inOrganization: false }], problems: [], usage: [] };
    if (opts.inventorySource === 'config') {
      config = await openConfigSource(base, { aggregator: opts.configAggregator, homeRegion: home, callerAccount: me.account });
    }
    const out: AwsCollectResult = {
      resources: [],
      problems: [...problems],
      coverage: [],
      scope: { accounts: [], regions: [], ...(me.identity ? { identity: me.identity } : {}) },
      collection: [],
      usage,
    };
    const regions = new Set<string>();
    const perAccount = multi ? Math.max(1, opts.accountConcurrency ?? DEFAULT_ACCOUNT_CONCURRENCY) : 1;
    const finished: AccountResult[] = [];
    await forEachLimit(targets, perAccount, async (target) => {
      const result = await scanTarget(target, { opts, factory, base, home, me, roleName, concurrency, multi, config });
      for (const r of result.collection.regions) regions.add(r);
      out.problems.push(...result.problems);
      out.coverage.push(...result.coverage);
      out.collection.push(result.collection);
      if (opts.onAccountResult) await opts.onAccountResult(result);
      else finished.push(result);
    });
    const order = new Map(targets.map((t, i) => [t.id, i]));
    const byAccount = (a: { account: string }, b: { account: string }) => (order.get(a.account) ?? 0) - (order.get(b.account) ?? 0);
    finished.sort(byAccount);
    out.collection.sort(byAccount);
    for (const r of finished) out.resources.push(...r.resources);
    out.scope.accounts = targets.map((t) => t.id);
    out.scope.regions = multi ? [...regions].sort() : (out.collection[0]?.regions ?? []);
    return out;
  } finally {
    factory.destroy();
  }
}

async function homeRegion(opts: AwsScanOptions, factory: ClientFactory): Promise<string> {
  const explicit = Array.isArray(opts.regions) ? opts.regions[0] : undefined;
  return (await factory.configuredRegion()) ?? explicit ?? FALLBACK_REGION;
}

interface RunContext {
  opts: AwsScanOptions;
  factory: ClientFactory;
  base: Caller;
  home: string;
  me: { account: string; identity: string; call: string };
  roleName: string;
  concurrency: number;
  multi: boolean;
  config: ConfigSource | undefined;
}

/**
 * One account: its own credentials, clients, region list and collectors. Whatever goes
 * wrong stays in this account: the result then says why nothing was collected.
 */
async function scanTarget(target: TargetAccount, run: RunContext): Promise<AccountResult> {
  const { opts, home, me } = run;
  opts.onAccount?.({ phase: 'start', account: target.id, ...(target.name ? { name: target.name } : {}) });
  const stats = new CallStats();
  const onCall = (r: CallRecord) => {
    stats.add(r);
    opts.onCall?.(r, target.id);
  };
  const tags = target.inOrganization ? accountTags(run.base, home, target.id) : undefined;
  let factory = run.factory;
  let known = me.account === target.id ? me : undefined;
  let enteredWith: string[] = [];
  // The caller's own account is read with the caller's credentials: a management account
  // seldom holds the role deployed to members, and needs none to read itself.
  if (!known) {
    const assumed = await assumeRole(run.base, {
      account: target.id,
      partition: partitionOf(me.identity),
      roleName: run.roleName,
      homeRegion: home,
      ...(opts.externalId ? { externalId: opts.externalId } : {}),
    });
    if (!assumed.ok) {
      const reason = `${assumed.reason} (${assumed.message})`;
      opts.onAccount?.({ phase: 'failed', account: target.id, reason: assumed.reason });
      return failedAccount(target, run, await tags, [assumed.call], reason);
    }
    factory = run.factory.withCredentials(assumed.credentials);
    known = { account: target.id, identity: assumed.identity, call: assumed.call };
    enteredWith = [assumed.call];
  }
  const caller = new Caller(factory, ALL_ACTIONS, run.concurrency, onCall);
  try {
    // A malformed --regions entry throws here, before any account did any work.
    const { scope, problems } = await resolveScope(caller, {
      homeRegion: home,
      ...(opts.regions ? { regions: opts.regions } : {}),
      known,
    });
    opts.onAccount?.({ phase: 'regions', account: target.id, regions: scope.regions.length });
    const ctx = new AwsContext(caller, scope, run.concurrency);
    const org = await tags;
    ctx.add(accountResource(scope, target, org?.tags, org?.calls ?? []));
    ctx.listed('AWS::Account', 'sts', home, undefined, false);
    const chosen = opts.collectors ?? COLLECTORS;
    const collectors = run.config ? await run.config.collect(ctx, chosen) : chosen.map((c) => ({ collector: c, ctx }));
    // Services run side by side; one failing never stops the others.
    await Promise.all(collectors.map(({ collector, ctx: c }) => runCollector(c, collector)));
    // Config and a collector narrowed to other regions can both see one multi-region trail.
    const resources = dedupe(ctx.resources).sort(byTypeThenId);
    const collection = accountCollection({ target, scope, ctx, stats, collectors: chosen });
    opts.onAccount?.({ phase: 'done', account: target.id, resources: resources.length, calls: stats.calls, failedCalls: stats.failed });
    return {
      account: target.id,
      resources,
      problems: [...problems, ...ctx.problems],
      coverage: ctx.coverageEntries(),
      collection,
    };
  } finally {
    if (factory !== run.factory) factory.destroy();
  }
}

async function runCollector(ctx: AwsContext, collector: ServiceCollector): Promise<void> {
  try {
    await collector.collect(ctx);
  } catch (error) {
    // A bug or an SDK failure outside any one call: the service's types are then not
    // known to be complete, and the rest of the scan goes on.
    const message = error instanceof Error ? error.message : String(error);
    ctx.problem(collector.service, ctx.homeRegion, `${collector.service} collector failed: ${message}`);
    for (const type of collector.types) ctx.notListed(type, `${collector.service} collector failed: ${message}`);
  }
}

/**
 * An account that could not be entered. It still appears, as an account resource whose
 * every listing is incomplete, so account-level rules say not_assessed with the reason
 * rather than nothing at all, and no earlier failure of its looks fixed.
 */
function failedAccount(
  target: TargetAccount,
  run: RunContext,
  org: { tags: Known<Record<string, string>>; calls: string[] } | undefined,
  calls: string[],
  reason: string,
): AccountResult {
  const why = `account ${target.id} not scanned: ${reason}`;
  const scope: AwsScope = {
    account: target.id,
    partition: partitionOf(run.me.identity),
    identity: '',
    homeRegion: run.home,
    regions: [],
    calls,
  };
  const coverage: CoverageEntry[] = AWS_LIVE_TYPES.map((type) => ({ provider: 'aws', account: target.id, type, complete: false, reasons: [why] }));
  return {
    account: target.id,
    resources: [accountResource(scope, target, org?.tags, org?.calls ?? [])],
    problems: [{ source: `aws:${target.id}:${run.home}:sts`, message: why } satisfies InputProblem],
    coverage,
    collection: {
      provider: 'aws',
      account: target.id,
      ...(target.name ? { name: target.name } : {}),
      status: 'failed',
      reason,
      regions: [],
      disabledRegions: [],
      calls: calls.length,
      failedCalls: calls.length,
      services: [
        {
          service: '*',
          calls: 0,
          failedCalls: 0,
          resources: {},
          missing: [{ region: '*', type: '*', status: 'account-failed', reason }],
        },
      ],
    },
  };
}

function accountResource(
  scope: AwsScope,
  target: TargetAccount,
  tags: Known<Record<string, string>> | undefined,
  tagCalls: string[],
): AnyResource {
  return {
    provider: 'aws',
    type: 'AWS::Account',
    // The account root principal's ARN, the form IAM policies use to name an account.
    id: `arn:${scope.partition}:iam::${scope.account}:root`,
    name: target.name ?? scope.account,
    account: scope.account,
    region: 'global',
    tags: tags ?? unknown('account tags are kept by AWS Organizations: scan with --org to read them'),
    props: { accountId: scope.account, regions: [...scope.regions] },
    origin: { kind: 'live', calls: [...scope.calls, ...tagCalls] },
    refs: [scope.account],
  };
}

function dedupe(resources: AnyResource[]): AnyResource[] {
  const seen = new Set<string>();
  return resources.filter((r) => {
    const key = `${r.type}|${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byTypeThenId(a: AnyResource, b: AnyResource): number {
  return AWS_LIVE_TYPES.indexOf(a.type) - AWS_LIVE_TYPES.indexOf(b.type) || a.id.localeCompare(b.id);
}
