import type { AnyResource } from '../../model/resource.js';
import { unknown } from '../../model/unknown.js';
import type { CollectResult } from '../types.js';
import { type CallRecord, Caller } from './caller.js';
import { type ClientFactory, FALLBACK_REGION } from './clients.js';
import { AwsContext, type AwsScope, type ServiceCollector } from './context.js';
import { AWS_LIVE_TYPES, COLLECTORS, OPERATION_ACTIONS } from './permissions.js';
import { resolveScope } from './scope.js';

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
  onCall?: (op: CallRecord) => void;
}

export type AwsCollectResult = CollectResult & {
  scope: { accounts: string[]; regions: string[]; identity?: string };
};

export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_CONCURRENCY = 8;

/** The scan itself, given the clients to use; `collectAws` supplies the real ones. */
export async function runAwsCollection(opts: AwsScanOptions, factory: ClientFactory): Promise<AwsCollectResult> {
  try {
    const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
    const caller = new Caller(factory, OPERATION_ACTIONS, concurrency, opts.onCall);
    const explicit = Array.isArray(opts.regions) ? opts.regions[0] : undefined;
    const homeRegion = (await factory.configuredRegion()) ?? explicit ?? FALLBACK_REGION;
    const { scope, problems } = await resolveScope(caller, {
      homeRegion,
      ...(opts.regions ? { regions: opts.regions } : {}),
    });
    const ctx = new AwsContext(caller, scope, concurrency);
    ctx.add(accountResource(scope));
    ctx.listed('AWS::Account', 'sts', homeRegion, undefined, false);
    // Services run side by side; one failing never stops the others.
    await Promise.all(COLLECTORS.map((c) => runCollector(ctx, c)));
    return {
      resources: ctx.resources.sort(byTypeThenId),
      problems: [...problems, ...ctx.problems],
      coverage: ctx.coverageEntries(),
      scope: { accounts: [scope.account], regions: scope.regions, ...(scope.identity ? { identity: scope.identity } : {}) },
    };
  } finally {
    factory.destroy();
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

function accountResource(scope: AwsScope): AnyResource {
  return {
    provider: 'aws',
    type: 'AWS::Account',
    // The account root principal's ARN, the form IAM policies use to name an account.
    id: `arn:${scope.partition}:iam::${scope.account}:root`,
    name: scope.account,
    account: scope.account,
    region: 'global',
    tags: unknown('account tags are kept by AWS Organizations, which phiguard does not read'),
    props: { accountId: scope.account, regions: [...scope.regions] },
    origin: { kind: 'live', calls: [...scope.calls] },
    refs: [scope.account],
  };
}

function byTypeThenId(a: AnyResource, b: AnyResource): number {
  return AWS_LIVE_TYPES.indexOf(a.type) - AWS_LIVE_TYPES.indexOf(b.type) || a.id.localeCompare(b.id);
}
