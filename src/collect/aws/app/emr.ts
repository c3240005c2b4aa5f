import {
  type Cluster,
  type ClusterSummary,
  DescribeClusterCommand,
  DescribeSecurityConfigurationCommand,
  ListClustersCommand,
  ListInstancesCommand,
  ListSecurityConfigurationsCommand,
} from '@aws-sdk/client-emr';
import { kerberosEnabled } from '../../../model/aws/app-emr.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/** Clusters that exist or are about to; terminated ones keep no instances. */
const ACTIVE = ['STARTING', 'BOOTSTRAPPING', 'RUNNING', 'WAITING'] as const;

/**
 * EMR clusters (active ones) and security configurations. Whether the primary node has a
 * public IP comes from its instances (ListInstances, MASTER), as AWS Config reads it.
 */
export const emrCollector: ServiceCollector = {
  service: 'elasticmapreduce',
  types: ['AWS::EMR::Cluster', 'AWS::EMR::SecurityConfiguration'],
  permissions: {
    'elasticmapreduce:ListClusters': 'elasticmapreduce:ListClusters',
    'elasticmapreduce:DescribeCluster': 'elasticmapreduce:DescribeCluster',
    'elasticmapreduce:ListInstances': 'elasticmapreduce:ListInstances',
    'elasticmapreduce:ListSecurityConfigurations': 'elasticmapreduce:ListSecurityConfigurations',
    'elasticmapreduce:DescribeSecurityConfiguration': 'elasticmapreduce:DescribeSecurityConfiguration',
  },
  collect: (ctx) => ctx.forEachRegion(async (region) => {
    await Promise.all([collectClusters(ctx, region), collectSecurityConfigurations(ctx, region)]);
  }),
};

async function collectClusters(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'elasticmapreduce',
    region,
    (Marker) => new ListClustersCommand({ ClusterStates: [...ACTIVE], Marker }),
    (o) => o.Clusters,
    (o) => o.Marker,
  );
  ctx.listed('AWS::EMR::Cluster', 'elasticmapreduce', region, listing.failure);
  await ctx.forEach(listing.items, (s) => collectCluster(ctx, region, s, listing.calls));
}

async function masterPublicIp(ctx: AwsContext, region: string, c: Cluster): Promise<{ value: Known<boolean>; calls: string[] }> {
  const fleet = c.InstanceCollectionType === 'INSTANCE_FLEET';
  const res = await ctx.list(
    'elasticmapreduce',
    region,
    (Marker) =>
      new ListInstancesCommand({ ClusterId: c.Id, ...(fleet ? { InstanceFleetType: 'MASTER' } : { InstanceGroupTypes: ['MASTER'] }), Marker }),
    (o) => o.Instances,
    (o) => o.Marker,
  );
  if (res.failure) return { value: unknown(res.failure.reason), calls: res.calls };
  const live = res.items.filter((i) => i.Status?.State !== 'TERMINATED');
  if (live.length === 0) return { value: unknown('the primary node is not provisioned yet'), calls: res.calls };
  return { value: live.some((i) => !!i.PublicIpAddress), calls: res.calls };
}

async function collectCluster(ctx: AwsContext, region: string, s: ClusterSummary, listCalls: string[]): Promise<void> {
  if (!s.Id) return;
  const name = s.Name ?? s.Id;
  const res = await ctx.call('elasticmapreduce', region, new DescribeClusterCommand({ ClusterId: s.Id }));
  if (!res.ok && res.failure.code === 'ResourceNotFoundException') return;
  const c = res.ok ? res.value.Cluster : undefined;
  const arn = c?.ClusterArn ?? s.ClusterArn ?? `arn:${ctx.partition}:elasticmapreduce:${region}:${ctx.account}:cluster/${s.Id}`;
  const why = res.ok ? unknown('elasticmapreduce:DescribeCluster returned no cluster') : unknown(res.failure.reason);
  const ip = c ? await masterPublicIp(ctx, region, c) : { value: why, calls: [] };
  ctx.add({
    provider: 'aws',
    type: 'AWS::EMR::Cluster',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: c ? tagRecord(c.Tags, (t) => t.Key, (t) => t.Value) : why,
    props: {
      clusterName: name,
      securityConfiguration: c ? (c.SecurityConfiguration ?? null) : why,
      masterPublicIp: ip.value,
      subnetId: c ? (c.Ec2InstanceAttributes?.Ec2SubnetId ?? null) : why,
    },
    origin: { kind: 'live', calls: [...listCalls, res.call, ...ip.calls] },
    refs: [arn, s.Id, name],
  });
}

async function collectSecurityConfigurations(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'elasticmapreduce',
    region,
    (Marker) => new ListSecurityConfigurationsCommand({ Marker }),
    (o) => o.SecurityConfigurations,
    (o) => o.Marker,
  );
  ctx.listed('AWS::EMR::SecurityConfiguration', 'elasticmapreduce', region, listing.failure);
  await ctx.forEach(listing.items, async (summary) => {
    const name = summary.Name;
    if (!name) return;
    const res = await ctx.call('elasticmapreduce', region, new DescribeSecurityConfigurationCommand({ Name: name }));
    // Deleted since the listing.
    if (!res.ok && res.failure.code === 'InvalidRequestException' && /does not exist/i.test(res.failure.message)) return;
    // Security configurations have no ARN; this id is unique per account and region.
    const id = `arn:${ctx.partition}:elasticmapreduce:${region}:${ctx.account}:security-configuration/${name}`;
    ctx.add({
      provider: 'aws',
      type: 'AWS::EMR::SecurityConfiguration',
      id,
      name,
      account: ctx.account,
      region,
      tags: {},
      props: {
        name,
        kerberosEnabled: res.ok
          ? kerberosEnabled(res.value.SecurityConfiguration ?? unknown('DescribeSecurityConfiguration returned no configuration'))
          : unknown(res.failure.reason),
      },
      origin: { kind: 'live', calls: [...listing.calls, res.call] },
      refs: [id, name],
    });
  });
}
