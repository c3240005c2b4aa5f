import {
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
  DescribeConfigurationAggregatorSourcesStatusCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  SelectAggregateResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import type { ResourceType } from '../../model/resource.js';
import { InputError } from '../../util/errors.js';
import type { Caller } from './caller.js';
import { CONFIG_MAPPINGS, type ConfigItem, type ConfigMapping } from './config-mappings.js';
import type { AwsContext, ServiceCollector } from './context.js';

/**
 * `--inventory-source config`: resource configurations read from an AWS Config aggregator
 * with advanced queries, instead of listing and describing every resource.
 *
 * Config is trusted only where it is known to hold the truth. A type is read from Config
 * in an account and region when, there, the configuration recorder is on and records that
 * type, and the aggregator's copy of that account and region is up to date. Everywhere
 * else, and for every type without a mapping, the service's own collector runs as usual.
 */

/** Made by the identity that runs phiguard, in the aggregator's account. */
export const configAggregatorPermissions = {
  'config:SelectAggregateResourceConfig': 'config:SelectAggregateResourceConfig',
  'config:DescribeConfigurationAggregatorSourcesStatus': 'config:DescribeConfigurationAggregatorSourcesStatus',
};

/** Made in each scanned account, to learn what its recorders record. */
export const configRecorderPermissions = {
  'config:DescribeConfigurationRecorders': 'config:DescribeConfigurationRecorders',
  'config:DescribeConfigurationRecorderStatus': 'config:DescribeConfigurationRecorderStatus',
};

// Advanced queries answer at most 100 rows a page.
const PAGE = 100;

export interface ConfigSourceRequest {
  aggregator: string | undefined;
  /** The aggregator is queried in this region: where it was created. */
  homeRegion: string;
  callerAccount: string;
}

/** A collector to run after Config supplied what it could, and the context it runs in. */
export interface CollectorRun {
  collector: ServiceCollector;
  ctx: AwsContext;
}

export interface ConfigSource {
  /**
   * Adds to `ctx` what Config holds for its account, and says which collectors must still
   * run, and where.
   */
  collect(ctx: AwsContext, collectors: readonly ServiceCollector[]): Promise<CollectorRun[]>;
}

export async function openConfigSource(caller: Caller, req: ConfigSourceRequest): Promise<ConfigSource> {
  const name = req.aggregator;
  if (!name) throw new InputError('--inventory-source config needs --config-aggregator NAME');
  // Which account-region pairs the aggregator holds a current copy of.
  const status = await caller.list(
    'config',
    req.homeRegion,
    (NextToken) =>
      new DescribeConfigurationAggregatorSourcesStatusCommand({ ConfigurationAggregatorName: name, ...(NextToken ? { NextToken } : {}) }),
    (out) => out.AggregatedSourceStatusList,
    (out) => out.NextToken,
  );
  if (status.failure) {
    const f = status.failure;
    const hint = f.code === 'NoSuchConfigurationAggregatorException' ? `no aggregator named ${name} in ${req.homeRegion} (set the region with AWS_REGION or the profile)` : f.reason;
    throw new InputError(`--config-aggregator ${name}: ${hint} (${f.message})`);
  }
  const current = new Set<string>();
  for (const s of status.items) {
    // ORGANIZATION sources name the organization, not an account: their accounts appear
    // as ACCOUNT entries once aggregated.
    if (s.SourceType === 'ACCOUNT' && s.SourceId && s.AwsRegion && s.LastUpdateStatus === 'SUCCEEDED') current.add(`${s.SourceId}|${s.AwsRegion}`);
  }
  return new AggregatorSource(caller, name, req.homeRegion, current);
}

/** What the recorder of one account and region records, or why that is not known. */
type Recording = { types: (t: ResourceType) => boolean } | { why: string };

class AggregatorSource implements ConfigSource {
  private organizationTrails: Promise<ConfigItem[] | { why: string }> | undefined;

  constructor(
    private readonly caller: Caller,
    private readonly aggregator: string,
    private readonly region: string,
    private readonly current: ReadonlySet<string>,
  ) {}

  async collect(ctx: AwsContext, collectors: readonly ServiceCollector[]): Promise<CollectorRun[]> {
    const mapped = CONFIG_MAPPINGS.filter((m) => collectors.some((c) => c.types.includes(m.type)));
    // A collector is replaced only when Config can supply every type it lists.
    const replaceable = collectors.filter((c) => c.types.every((t) => mapped.some((m) => m.type === t)));
    const recording = new Map<string, Recording>();
    await ctx.forEachRegion(async (region) => {
      recording.set(region, await this.recording(ctx, region));
    });
    // Per type, the regions where Config holds the truth.
    const trusted = new Map<ResourceType, Set<string>>();
    for (const m of mapped) {
      const regions = new Set<string>();
      for (const region of ctx.scope.regions) {
        const rec = recording.get(region)!;
        if ('types' in rec && rec.types(m.type) && this.current.has(`${ctx.account}|${region}`)) regions.add(region);
      }
      trusted.set(m.type, regions);
    }
    const runs: CollectorRun[] = [];
    for (const collector of collectors) {
      if (!replaceable.includes(collector)) {
        runs.push({ collector, ctx });
        continue;
      }
      // The regions some type of the collector cannot take from Config.
      const direct = ctx.scope.regions.filter((r) => collector.types.some((t) => !trusted.get(t)!.has(r)));
      for (const type of collector.types) {
        const untrusted = ctx.scope.regions.filter((r) => !trusted.get(type)!.has(r));
        if (untrusted.length) {
          const why = untrusted.map((r) => `${r}: ${describeRegion(recording.get(r)!, this.current.has(`${ctx.account}|${r}`), type)}`);
          ctx.problem('config', ctx.homeRegion, `${type} collected directly in ${untrusted.length} region(s), not from AWS Config: ${why.join('; ')}`);
        }
      }
      if (direct.length) runs.push({ collector, ctx: ctx.narrowed(direct) });
    }
    await Promise.all(
      mapped
        .filter((m) => replaceable.some((c) => c.types.includes(m.type)))
        .map((m) => this.fromConfig(ctx, m, trusted.get(m.type)!)),
    );
    return runs;
  }

  /** Whether the account's recorder in `region` is on, and which types it records. */
  private async recording(ctx: AwsContext, region: string): Promise<Recording> {
    const [recorders, statuses] = await Promise.all([
      ctx.call('config', region, new DescribeConfigurationRecordersCommand({})),
      ctx.call('config', region, new DescribeConfigurationRecorderStatusCommand({})),
    ]);
    if (!recorders.ok) return { why: recorders.failure.reason };
    if (!statuses.ok) return { why: statuses.failure.reason };
    const on = (recorders.value.ConfigurationRecorders ?? []).filter((r) =>
      isRecording((statuses.value.ConfigurationRecordersStatus ?? []).find((s) => s.name === r.name)),
    );
    if (!on.length) return { why: 'no configuration recorder is recording' };
    return { types: (t) => on.some((r) => records(r, t)) };
  }

  private async fromConfig(ctx: AwsContext, mapping: ConfigMapping, regions: ReadonlySet<string>): Promise<void> {
    if (regions.size === 0) return;
    const where = `accountId = '${ctx.account}' AND resourceType = '${mapping.type}' AND awsRegion IN (${[...regions].map((r) => `'${r}'`).join(', ')})`;
    const listing = await this.query(ctx.homeRegion, where);
    for (const region of regions) ctx.listed(mapping.type, 'config', region, listing.failure);
    const items = [...listing.items];
    if (mapping.type === 'AWS::CloudTrail::Trail') {
      // An organization trail lives in the management account, yet it records every member
      // account; the direct collector reports it under each account, and so does this.
      const org = await (this.organizationTrails ??= this.orgTrails(ctx.homeRegion));
      if ('why' in org) {
        ctx.notListed(mapping.type, `organization trails not read from AWS Config: ${org.why}`);
      } else {
        for (const t of org) if (t.accountId !== ctx.account && !items.some((i) => i.arn === t.arn)) items.push(t);
      }
    }
    await ctx.forEach(items, async (item) => {
      const resource = await mapping.map(item, ctx, listing.calls);
      if (resource && ctx.inScope(resource.region)) ctx.add(resource);
    });
  }

  private async orgTrails(home: string): Promise<ConfigItem[] | { why: string }> {
    const res = await this.query(home, `resourceType = 'AWS::CloudTrail::Trail' AND configuration.isOrganizationTrail = true`);
    return res.failure ? { why: res.failure.reason } : res.items;
  }

  private async query(home: string, where: string) {
    const Expression = `SELECT accountId, awsRegion, resourceId, resourceName, resourceType, arn, configuration, supplementaryConfiguration, tags, configurationItemStatus WHERE ${where}`;
    const listing = await this.caller.list(
      'config',
      home,
      (NextToken) =>
        new SelectAggregateResourceConfigCommand({
          Expression,
          ConfigurationAggregatorName: this.aggregator,
          Limit: PAGE,
          ...(NextToken ? { NextToken } : {}),
        }),
      (out) => out.Results,
      (out) => out.NextToken,
    );
    const items: ConfigItem[] = [];
    for (const row of listing.items) {
      const item = parseItem(row);
      // Deleted resources keep a last configuration item; they no longer exist.
      if (item && item.configurationItemStatus !== 'ResourceDeleted' && item.configurationItemStatus !== 'ResourceNotRecorded') items.push(item);
    }
    return { items, calls: listing.calls, failure: listing.failure };
  }
}

function parseItem(row: string): ConfigItem | undefined {
  try {
    const v = JSON.parse(row) as ConfigItem;
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

function isRecording(s: ConfigurationRecorderStatus | undefined): boolean {
  // A recorder whose last delivery failed is on but its items may be stale.
  return Boolean(s?.recording) && s?.lastStatus !== 'Failure';
}

/** Whether `recorder` records `type`, by its recording strategy. */
export function records(recorder: ConfigurationRecorder, type: ResourceType): boolean {
  const g = recorder.recordingGroup;
  if (!g) return false;
  const strategy = g.recordingStrategy?.useOnly;
  if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') return !(g.exclusionByResourceTypes?.resourceTypes ?? []).includes(type as never);
  if (strategy === 'INCLUSION_BY_RESOURCE_TYPES') return (g.resourceTypes ?? []).includes(type as never);
  if (g.allSupported) return true;
  return (g.resourceTypes ?? []).includes(type as never);
}

function describeRegion(rec: Recording, current: boolean, type: ResourceType): string {
  if ('why' in rec) return rec.why;
  if (!rec.types(type)) return `the recorder does not record ${type}`;
  if (!current) return 'the aggregator has no current copy of this account and region';
  return 'not trusted';
}
