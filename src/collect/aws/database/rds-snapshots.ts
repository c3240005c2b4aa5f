import {
  type DBClusterSnapshot,
  type DBSnapshot,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
} from '@aws-sdk/client-rds';
import type { RdsSnapshotProps } from '../../../model/aws/database-rds.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, type Outcome, type ServiceCollector, tagRecord } from '../context.js';

/**
 * The account's own RDS and Aurora snapshots. Only manual snapshots can be shared, so only
 * they cost a DescribeDB(Cluster)SnapshotAttributes call: `restore` listing `all` makes a
 * snapshot public, any other value is an account it is shared with.
 */
const permissions = {
  'rds:DescribeDBSnapshots': 'rds:DescribeDBSnapshots',
  'rds:DescribeDBSnapshotAttributes': 'rds:DescribeDBSnapshotAttributes',
  'rds:DescribeDBClusterSnapshots': 'rds:DescribeDBClusterSnapshots',
  'rds:DescribeDBClusterSnapshotAttributes': 'rds:DescribeDBClusterSnapshotAttributes',
};

export const rdsSnapshotsCollector: ServiceCollector = {
  service: 'rds',
  types: ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const marker = (o: { Marker?: string }): string | undefined => o.Marker;
const OTHER_SERVICES = new Set(['neptune', 'docdb']);

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [snaps, clusterSnaps] = await Promise.all([
    ctx.list('rds', region, (Marker) => new DescribeDBSnapshotsCommand({ MaxRecords: 100, Marker }), (o) => o.DBSnapshots, marker),
    ctx.list(
      'rds',
      region,
      (Marker) => new DescribeDBClusterSnapshotsCommand({ MaxRecords: 100, Marker }),
      (o) => o.DBClusterSnapshots,
      marker,
    ),
  ]);
  ctx.listed('AWS::RDS::DBSnapshot', 'rds', region, snaps.failure);
  ctx.listed('AWS::RDS::DBClusterSnapshot', 'rds', region, clusterSnaps.failure);
  await Promise.all([
    ctx.forEach(snaps.items, (s) => addSnapshot(ctx, region, s, snaps.calls)),
    ctx.forEach(clusterSnaps.items, (s) => addClusterSnapshot(ctx, region, s, clusterSnaps.calls)),
  ]);
}

type Attributes = { AttributeName?: string; AttributeValues?: string[] }[] | undefined;

/** Sharing from the `restore` attribute, or unknown when it could not be read. */
function sharing(outcome: Outcome<unknown> | undefined, attrs: (o: unknown) => Attributes): Pick<RdsSnapshotProps, 'public' | 'sharedWithAccounts'> {
  // Automated and AWS Backup snapshots cannot be shared.
  if (!outcome) return { public: false, sharedWithAccounts: [] };
  if (!outcome.ok) {
    const u = unknown(outcome.failure.reason);
    return { public: u, sharedWithAccounts: u };
  }
  const restore = attrs(outcome.value)?.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
  return { public: restore.includes('all'), sharedWithAccounts: restore.filter((v) => v !== 'all') };
}

const NOT_FOUND = new Set(['DBSnapshotNotFound', 'DBSnapshotNotFoundFault', 'DBClusterSnapshotNotFoundFault']);

async function addSnapshot(ctx: AwsContext, region: string, s: DBSnapshot, listCalls: string[]): Promise<void> {
  const id = s.DBSnapshotIdentifier;
  if (!id || OTHER_SERVICES.has(s.Engine ?? '')) return;
  const res =
    s.SnapshotType === 'manual'
      ? await ctx.call('rds', region, new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id }))
      : undefined;
  if (res && !res.ok && NOT_FOUND.has(res.failure.code)) return;
  const arn = s.DBSnapshotArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:snapshot:${id}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::RDS::DBSnapshot',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags: tagRecord(s.TagList, (t) => t.Key, (t) => t.Value),
    props: {
      snapshotIdentifier: id,
      snapshotType: s.SnapshotType ?? unknown('rds:DescribeDBSnapshots returned no SnapshotType'),
      encrypted: s.Encrypted ?? unknown('rds:DescribeDBSnapshots returned no Encrypted'),
      kmsKeyId: s.KmsKeyId ?? null,
      ...sharing(res, (o) => (o as { DBSnapshotAttributesResult?: { DBSnapshotAttributes?: Attributes } }).DBSnapshotAttributesResult?.DBSnapshotAttributes),
    },
    origin: { kind: 'live', calls: res ? [...listCalls, res.call] : listCalls },
    refs: [arn, id],
  });
}

async function addClusterSnapshot(ctx: AwsContext, region: string, s: DBClusterSnapshot, listCalls: string[]): Promise<void> {
  const id = s.DBClusterSnapshotIdentifier;
  if (!id || OTHER_SERVICES.has(s.Engine ?? '')) return;
  const res =
    s.SnapshotType === 'manual'
      ? await ctx.call('rds', region, new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id }))
      : undefined;
  if (res && !res.ok && NOT_FOUND.has(res.failure.code)) return;
  const arn = s.DBClusterSnapshotArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:cluster-snapshot:${id}`;
  const encrypted: Known<boolean> = s.StorageEncrypted ?? unknown('rds:DescribeDBClusterSnapshots returned no StorageEncrypted');
  ctx.add({
    provider: 'aws',
    type: 'AWS::RDS::DBClusterSnapshot',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags: tagRecord(s.TagList, (t) => t.Key, (t) => t.Value),
    props: {
      snapshotIdentifier: id,
      snapshotType: s.SnapshotType ?? unknown('rds:DescribeDBClusterSnapshots returned no SnapshotType'),
      encrypted,
      kmsKeyId: s.KmsKeyId ?? null,
      ...sharing(
        res,
        (o) =>
          (o as { DBClusterSnapshotAttributesResult?: { DBClusterSnapshotAttributes?: Attributes } }).DBClusterSnapshotAttributesResult
            ?.DBClusterSnapshotAttributes,
      ),
    },
    origin: { kind: 'live', calls: res ? [...listCalls, res.call] : listCalls },
    refs: [arn, id],
  });
}
