import { DescribeClustersCommand as DescribeDaxClustersCommand, ListTagsCommand as ListDaxTagsCommand } from '@aws-sdk/client-dax';
import {
  DescribeReplicationInstancesCommand,
  ListTagsForResourceCommand as ListDmsTagsCommand,
} from '@aws-sdk/client-database-migration-service';
import {
  type CacheCluster,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  ListTagsForResourceCommand as ListCacheTagsCommand,
  type ReplicationGroup,
} from '@aws-sdk/client-elasticache';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';

/**
 * ElastiCache replication groups and cache clusters, DAX clusters and DMS replication
 * instances: each listing carries the settings, tags are one call per resource.
 */
export const elasticacheCollector: ServiceCollector = {
  service: 'elasticache',
  types: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
  permissions: {
    'elasticache:DescribeReplicationGroups': 'elasticache:DescribeReplicationGroups',
    'elasticache:DescribeCacheClusters': 'elasticache:DescribeCacheClusters',
    'elasticache:ListTagsForResource': 'elasticache:ListTagsForResource',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectElastiCache(ctx, region)),
};

export const daxCollector: ServiceCollector = {
  service: 'dax',
  types: ['AWS::DAX::Cluster'],
  permissions: { 'dax:DescribeClusters': 'dax:DescribeClusters', 'dax:ListTags': 'dax:ListTags' },
  collect: (ctx) => ctx.forEachRegion((region) => collectDax(ctx, region)),
};

export const dmsCollector: ServiceCollector = {
  service: 'dms',
  types: ['AWS::DMS::ReplicationInstance'],
  permissions: {
    'dms:DescribeReplicationInstances': 'dms:DescribeReplicationInstances',
    'dms:ListTagsForResource': 'dms:ListTagsForResource',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectDms(ctx, region)),
};

const marker = (o: { Marker?: string }): string | undefined => o.Marker;
const tagsOf = (list: { Key?: string; Value?: string }[] | undefined) => tagRecord(list, (t) => t.Key, (t) => t.Value);

async function collectElastiCache(ctx: AwsContext, region: string): Promise<void> {
  const [groups, clusters] = await Promise.all([
    ctx.list('elasticache', region, (Marker) => new DescribeReplicationGroupsCommand({ MaxRecords: 100, Marker }), (o) => o.ReplicationGroups, marker),
    ctx.list('elasticache', region, (Marker) => new DescribeCacheClustersCommand({ MaxRecords: 100, Marker }), (o) => o.CacheClusters, marker),
  ]);
  ctx.listed('AWS::ElastiCache::ReplicationGroup', 'elasticache', region, groups.failure);
  ctx.listed('AWS::ElastiCache::CacheCluster', 'elasticache', region, clusters.failure);
  await Promise.all([
    ctx.forEach(groups.items, (g) => addGroup(ctx, region, g, groups.calls)),
    ctx.forEach(clusters.items, (c) => addCacheCluster(ctx, region, c, clusters.calls)),
  ]);
}

async function cacheTags(ctx: AwsContext, region: string, arn: string) {
  const res = await ctx.call('elasticache', region, new ListCacheTagsCommand({ ResourceName: arn }));
  return { tags: known(res, (o) => tagsOf(o.TagList)), call: res.call };
}

async function addGroup(ctx: AwsContext, region: string, g: ReplicationGroup, listCalls: string[]): Promise<void> {
  const id = g.ReplicationGroupId;
  if (!id) return;
  const arn = g.ARN ?? `arn:${ctx.partition}:elasticache:${region}:${ctx.account}:replicationgroup:${id}`;
  const { tags, call } = await cacheTags(ctx, region, arn);
  const transit = g.TransitEncryptionEnabled ?? false;
  ctx.add({
    provider: 'aws',
    type: 'AWS::ElastiCache::ReplicationGroup',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags,
    props: {
      replicationGroupId: id,
      engine: g.Engine ?? 'redis',
      atRestEncryption: g.AtRestEncryptionEnabled ?? false,
      kmsKeyId: g.KmsKeyId ?? null,
      transitEncryption: transit,
      // Groups with transit encryption from before modes existed require it.
      transitEncryptionMode: transit ? (g.TransitEncryptionMode ?? 'required') : null,
      snapshotRetentionLimit: g.SnapshotRetentionLimit ?? 0,
    },
    origin: { kind: 'live', calls: [...listCalls, call] },
    refs: [arn, id],
  });
}

async function addCacheCluster(ctx: AwsContext, region: string, c: CacheCluster, listCalls: string[]): Promise<void> {
  const id = c.CacheClusterId;
  if (!id) return;
  const arn = c.ARN ?? `arn:${ctx.partition}:elasticache:${region}:${ctx.account}:cluster:${id}`;
  const { tags, call } = await cacheTags(ctx, region, arn);
  ctx.add({
    provider: 'aws',
    type: 'AWS::ElastiCache::CacheCluster',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags,
    props: {
      cacheClusterId: id,
      engine: c.Engine ?? unknown('elasticache:DescribeCacheClusters returned no Engine'),
      replicationGroupId: c.ReplicationGroupId ?? null,
      atRestEncryption: c.AtRestEncryptionEnabled ?? false,
      transitEncryption: c.TransitEncryptionEnabled ?? false,
      snapshotRetentionLimit: c.SnapshotRetentionLimit ?? 0,
    },
    origin: { kind: 'live', calls: [...listCalls, call] },
    refs: [arn, id],
  });
}

async function collectDax(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list('dax', region, (NextToken) => new DescribeDaxClustersCommand({ MaxResults: 100, NextToken }), (o) => o.Clusters, (o) => o.NextToken);
  ctx.listed('AWS::DAX::Cluster', 'dax', region, listing.failure);
  await ctx.forEach(listing.items, async (c) => {
    const name = c.ClusterName;
    if (!name) return;
    const arn = c.ClusterArn ?? `arn:${ctx.partition}:dax:${region}:${ctx.account}:cache/${name}`;
    const tags = await ctx.call('dax', region, new ListDaxTagsCommand({ ResourceName: arn }));
    const sse = c.SSEDescription?.Status;
    ctx.add({
      provider: 'aws',
      type: 'AWS::DAX::Cluster',
      id: arn,
      name,
      account: ctx.account,
      region,
      tags: known(tags, (o) => tagsOf(o.Tags)),
      props: {
        clusterName: name,
        // ENABLING counts: encryption is being turned on and cannot be turned off again.
        sseEnabled: sse === 'ENABLED' || sse === 'ENABLING',
        endpointEncryption: c.ClusterEndpointEncryptionType === 'TLS' ? 'TLS' : 'NONE',
      },
      origin: { kind: 'live', calls: [...listing.calls, tags.call] },
      refs: [arn, name],
    });
  });
}

async function collectDms(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'dms',
    region,
    (Marker) => new DescribeReplicationInstancesCommand({ MaxRecords: 100, Marker }),
    (o) => o.ReplicationInstances,
    marker,
  );
  ctx.listed('AWS::DMS::ReplicationInstance', 'dms', region, listing.failure);
  await ctx.forEach(listing.items, async (r) => {
    const id = r.ReplicationInstanceIdentifier;
    const arn = r.ReplicationInstanceArn;
    if (!id || !arn) return;
    const tags = await ctx.call('dms', region, new ListDmsTagsCommand({ ResourceArn: arn }));
    ctx.add({
      provider: 'aws',
      type: 'AWS::DMS::ReplicationInstance',
      id: arn,
      name: id,
      account: ctx.account,
      region,
      tags: known(tags, (o) => tagsOf(o.TagList)),
      props: {
        replicationInstanceIdentifier: id,
        publiclyAccessible: r.PubliclyAccessible ?? unknown('dms:DescribeReplicationInstances returned no PubliclyAccessible'),
        kmsKeyId: r.KmsKeyId ?? null,
      },
      origin: { kind: 'live', calls: [...listing.calls, tags.call] },
      refs: [arn, id],
    });
  });
}
