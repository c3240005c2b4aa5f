import {
  type Cluster,
  type ClusterParameterGroup,
  DescribeClusterParameterGroupsCommand,
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeLoggingStatusCommand,
} from '@aws-sdk/client-redshift';
import type { RedshiftClusterProps } from '../../../model/aws/database-stores.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';

/**
 * Redshift provisioned clusters (DescribeClusters has settings and tags; audit logging is one
 * DescribeLoggingStatus each) and their parameter groups, keeping `require_ssl`. Parameters
 * are read whatever their source: the default groups differ (`default.redshift-2.0` requires
 * TLS, `default.redshift-1.0` does not), so engine defaults are not one value.
 */
export const redshiftCollector: ServiceCollector = {
  service: 'redshift',
  types: ['AWS::Redshift::Cluster', 'AWS::Redshift::ClusterParameterGroup'],
  permissions: {
    'redshift:DescribeClusters': 'redshift:DescribeClusters',
    'redshift:DescribeLoggingStatus': 'redshift:DescribeLoggingStatus',
    'redshift:DescribeClusterParameterGroups': 'redshift:DescribeClusterParameterGroups',
    'redshift:DescribeClusterParameters': 'redshift:DescribeClusterParameters',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const marker = (o: { Marker?: string }): string | undefined => o.Marker;
const READ = new Set(['require_ssl']);

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [clusters, groups] = await Promise.all([
    ctx.list('redshift', region, (Marker) => new DescribeClustersCommand({ MaxRecords: 100, Marker }), (o) => o.Clusters, marker),
    ctx.list('redshift', region, (Marker) => new DescribeClusterParameterGroupsCommand({ MaxRecords: 100, Marker }), (o) => o.ParameterGroups, marker),
  ]);
  ctx.listed('AWS::Redshift::Cluster', 'redshift', region, clusters.failure);
  ctx.listed('AWS::Redshift::ClusterParameterGroup', 'redshift', region, groups.failure);
  await Promise.all([
    ctx.forEach(clusters.items, (c) => addCluster(ctx, region, c, clusters.calls)),
    ctx.forEach(groups.items, (g) => addGroup(ctx, region, g, groups.calls)),
  ]);
}

async function addCluster(ctx: AwsContext, region: string, c: Cluster, listCalls: string[]): Promise<void> {
  const id = c.ClusterIdentifier;
  if (!id) return;
  const logging = await ctx.call('redshift', region, new DescribeLoggingStatusCommand({ ClusterIdentifier: id }));
  if (!logging.ok && logging.failure.code === 'ClusterNotFound') return;
  const arn = `arn:${ctx.partition}:redshift:${region}:${ctx.account}:cluster:${id}`;
  const missing = (what: string) => unknown(`redshift:DescribeClusters returned no ${what}`);
  const props: RedshiftClusterProps = {
    clusterIdentifier: id,
    encrypted: c.Encrypted ?? missing('Encrypted'),
    kmsKeyId: c.Encrypted ? (c.KmsKeyId ?? null) : null,
    publiclyAccessible: c.PubliclyAccessible ?? missing('PubliclyAccessible'),
    enhancedVpcRouting: c.EnhancedVpcRouting ?? false,
    automatedSnapshotRetentionPeriod: c.AutomatedSnapshotRetentionPeriod ?? missing('AutomatedSnapshotRetentionPeriod'),
    allowVersionUpgrade: c.AllowVersionUpgrade ?? missing('AllowVersionUpgrade'),
    preferredMaintenanceWindow: c.PreferredMaintenanceWindow ?? null,
    logging: known(logging, (o) =>
      o.LoggingEnabled
        ? { destination: o.LogDestinationType === 'cloudwatch' ? 'cloudwatch' : 's3', bucketName: o.BucketName ?? null, logExports: o.LogExports ?? [] }
        : null,
    ),
    clusterParameterGroupName: c.ClusterParameterGroups?.[0]?.ParameterGroupName ?? missing('ClusterParameterGroups'),
  };
  ctx.add({
    provider: 'aws',
    type: 'AWS::Redshift::Cluster',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags: tagRecord(c.Tags, (t) => t.Key, (t) => t.Value),
    props,
    origin: { kind: 'live', calls: [...listCalls, logging.call] },
    refs: [arn, id, ...(c.ClusterNamespaceArn ? [c.ClusterNamespaceArn] : [])],
  });
}

async function addGroup(ctx: AwsContext, region: string, g: ClusterParameterGroup, listCalls: string[]): Promise<void> {
  const name = g.ParameterGroupName;
  if (!name) return;
  const params = await ctx.list(
    'redshift',
    region,
    (Marker) => new DescribeClusterParametersCommand({ ParameterGroupName: name, MaxRecords: 100, Marker }),
    (o) => o.Parameters,
    marker,
  );
  if (params.failure?.code === 'ClusterParameterGroupNotFound') return;
  let parameters: Known<Record<string, string>> = {};
  if (params.failure) parameters = unknown(params.failure.reason);
  else for (const p of params.items) if (p.ParameterName && READ.has(p.ParameterName) && p.ParameterValue !== undefined) parameters[p.ParameterName] = p.ParameterValue;
  const arn = `arn:${ctx.partition}:redshift:${region}:${ctx.account}:parametergroup:${name}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Redshift::ClusterParameterGroup',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tagRecord(g.Tags, (t) => t.Key, (t) => t.Value),
    props: { groupName: name, parameters },
    origin: { kind: 'live', calls: [...listCalls, ...params.calls] },
    refs: [arn, name],
  });
}
