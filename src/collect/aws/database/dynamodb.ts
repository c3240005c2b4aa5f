import { DescribeScalableTargetsCommand, type ScalableTarget } from '@aws-sdk/client-application-auto-scaling';
import {
  DescribeContinuousBackupsCommand,
  DescribeLimitsCommand,
  DescribeTableCommand,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDbCapacity, DynamoDbTableProps } from '../../../model/aws/database-stores.js';
import { type Known, unknown } from '../../../model/unknown.js';
import type { AwsFailure } from '../failures.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';

/**
 * DynamoDB tables. There is no batch describe: one DescribeTable, DescribeContinuousBackups
 * and ListTagsOfResource per table, bounded by ctx.forEach. Auto scaling lives in
 * Application Auto Scaling, listed once per region and matched by resource id.
 */
const permissions = {
  'dynamodb:ListTables': 'dynamodb:ListTables',
  'dynamodb:DescribeTable': 'dynamodb:DescribeTable',
  'dynamodb:DescribeContinuousBackups': 'dynamodb:DescribeContinuousBackups',
  'dynamodb:ListTagsOfResource': 'dynamodb:ListTagsOfResource',
  'dynamodb:DescribeLimits': 'dynamodb:DescribeLimits',
  'application-autoscaling:DescribeScalableTargets': 'application-autoscaling:DescribeScalableTargets',
};

export const dynamodbCollector: ServiceCollector = {
  service: 'dynamodb',
  types: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::AccountLimits'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

interface Scaling {
  /** `table/<name>` or `table/<name>/index/<index>` → scaled dimensions (`read`, `write`). */
  targets: Map<string, Set<'read' | 'write'>>;
  failure?: AwsFailure;
  calls: string[];
}

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [tables, scalable] = await Promise.all([
    ctx.list(
      'dynamodb',
      region,
      (ExclusiveStartTableName) => new ListTablesCommand({ Limit: 100, ExclusiveStartTableName }),
      (o) => o.TableNames,
      (o) => o.LastEvaluatedTableName,
    ),
    ctx.list(
      'application-autoscaling',
      region,
      (NextToken) => new DescribeScalableTargetsCommand({ ServiceNamespace: 'dynamodb', NextToken }),
      (o) => o.ScalableTargets,
      (o) => o.NextToken,
    ),
  ]);
  ctx.listed('AWS::DynamoDB::Table', 'dynamodb', region, tables.failure);
  const scaling: Scaling = { targets: scaledDimensions(scalable.items), calls: scalable.calls };
  if (scalable.failure) scaling.failure = scalable.failure;
  const usage = { read: 0, write: 0, unknown: tables.failure?.reason };
  await ctx.forEach(tables.items, async (name) => {
    const used = await collectTable(ctx, region, name, tables.calls, scaling);
    if (typeof used === 'string') usage.unknown ??= used;
    else if (used) {
      usage.read += used.read;
      usage.write += used.write;
    }
  });
  await addLimits(ctx, region, usage, tables.calls);
}

/**
 * The region's provisioned-capacity quotas against the sum every table provisions; one table
 * that could not be read leaves the sum unknown.
 */
async function addLimits(ctx: AwsContext, region: string, usage: { read: number; write: number; unknown: string | undefined }, listCalls: string[]): Promise<void> {
  const limits = await ctx.call('dynamodb', region, new DescribeLimitsCommand({}));
  ctx.listed('AWS::DynamoDB::AccountLimits', 'dynamodb', region);
  const sum = (n: number) => (usage.unknown ? unknown(`the capacity of every table is not known: ${usage.unknown}`) : n);
  ctx.add({
    provider: 'aws',
    type: 'AWS::DynamoDB::AccountLimits',
    id: `arn:${ctx.partition}:dynamodb:${region}:${ctx.account}:account-limits`,
    name: `DynamoDB limits ${region}`,
    account: ctx.account,
    region,
    tags: {},
    props: {
      accountMaxReadCapacityUnits: known(limits, (o) => o.AccountMaxReadCapacityUnits ?? unknown('dynamodb:DescribeLimits returned no AccountMaxReadCapacityUnits')),
      accountMaxWriteCapacityUnits: known(limits, (o) => o.AccountMaxWriteCapacityUnits ?? unknown('dynamodb:DescribeLimits returned no AccountMaxWriteCapacityUnits')),
      provisionedReadCapacityUnits: sum(usage.read),
      provisionedWriteCapacityUnits: sum(usage.write),
    },
    origin: { kind: 'live', calls: [...listCalls, 'dynamodb:DescribeTable', limits.call] },
  });
}

/** Provisioned read and write units of the table and its global secondary indexes; none on demand. */
function provisionedUnits(table: TableDescription): { read: number; write: number } {
  if ((table.BillingModeSummary?.BillingMode ?? 'PROVISIONED') !== 'PROVISIONED') return { read: 0, write: 0 };
  const parts = [table.ProvisionedThroughput, ...(table.GlobalSecondaryIndexes ?? []).map((i) => i.ProvisionedThroughput)];
  return {
    read: parts.reduce((n, p) => n + (p?.ReadCapacityUnits ?? 0), 0),
    write: parts.reduce((n, p) => n + (p?.WriteCapacityUnits ?? 0), 0),
  };
}

function scaledDimensions(targets: ScalableTarget[]): Map<string, Set<'read' | 'write'>> {
  const out = new Map<string, Set<'read' | 'write'>>();
  for (const t of targets) {
    const dim = /ReadCapacityUnits$/.test(t.ScalableDimension ?? '') ? 'read' : /WriteCapacityUnits$/.test(t.ScalableDimension ?? '') ? 'write' : undefined;
    if (!t.ResourceId || !dim) continue;
    const set = out.get(t.ResourceId) ?? new Set();
    set.add(dim);
    out.set(t.ResourceId, set);
  }
  return out;
}

/** The provisioned dimensions of the table and its global secondary indexes, and which are scaled. */
function capacity(table: TableDescription, name: string, scaling: Scaling): Known<DynamoDbCapacity[]> {
  if ((table.BillingModeSummary?.BillingMode ?? 'PROVISIONED') !== 'PROVISIONED') return [];
  if (scaling.failure) return unknown(scaling.failure.reason);
  const parts = [
    { resource: 'table', id: `table/${name}` },
    ...(table.GlobalSecondaryIndexes ?? []).map((i) => ({ resource: `index/${i.IndexName}`, id: `table/${name}/index/${i.IndexName}` })),
  ];
  return parts.flatMap(({ resource, id }) =>
    (['read', 'write'] as const).map((dimension) => ({ resource, dimension, autoScaled: scaling.targets.get(id)?.has(dimension) ?? false })),
  );
}

function sse(table: TableDescription): DynamoDbTableProps['sse'] {
  const d = table.SSEDescription;
  // No SSEDescription (or a disabled one) is the default: a key DynamoDB owns.
  if (!d || d.Status === 'DISABLED' || d.SSEType !== 'KMS') return { type: 'AWS_OWNED', kmsKeyId: null };
  return { type: 'KMS', kmsKeyId: d.KMSMasterKeyArn ?? unknown('dynamodb:DescribeTable returned no KMSMasterKeyArn') };
}

/** Adds the table; returns its provisioned units, or why they are unknown. */
async function collectTable(
  ctx: AwsContext,
  region: string,
  name: string,
  listCalls: string[],
  scaling: Scaling,
): Promise<{ read: number; write: number } | string | undefined> {
  const described = await ctx.call('dynamodb', region, new DescribeTableCommand({ TableName: name }));
  // Deleted between the listing and now.
  if (!described.ok && described.failure.code === 'ResourceNotFoundException') return undefined;
  const table = described.ok ? described.value.Table : undefined;
  const arn = table?.TableArn ?? `arn:${ctx.partition}:dynamodb:${region}:${ctx.account}:table/${name}`;
  const [backups, tags] = await Promise.all([
    ctx.call('dynamodb', region, new DescribeContinuousBackupsCommand({ TableName: name })),
    ctx.list(
      'dynamodb',
      region,
      (NextToken) => new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken }),
      (o) => o.Tags,
      (o) => o.NextToken,
    ),
  ]);
  const missing = unknown(described.ok ? 'dynamodb:DescribeTable returned no Table' : described.failure.reason);
  const props: DynamoDbTableProps = {
    tableName: name,
    billingMode: table ? (table.BillingModeSummary?.BillingMode ?? 'PROVISIONED') : missing,
    sse: table ? sse(table) : missing,
    pointInTimeRecovery: known(backups, (o) => o.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED'),
    capacity: table ? capacity(table, name, scaling) : missing,
  };
  ctx.add({
    provider: 'aws',
    type: 'AWS::DynamoDB::Table',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tags.failure ? unknown(tags.failure.reason) : tagRecord(tags.items, (t) => t.Key, (t) => t.Value),
    props,
    origin: { kind: 'live', calls: [...new Set([...listCalls, described.call, backups.call, ...tags.calls, ...(props.billingMode === 'PROVISIONED' ? scaling.calls : [])])] },
    refs: [arn, name],
  });
  if (!table) return described.ok ? 'dynamodb:DescribeTable returned no Table' : described.failure.reason;
  return provisionedUnits(table);
}
