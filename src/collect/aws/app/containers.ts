import { type ContainerDefinition, DescribeTaskDefinitionCommand, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { type Cluster, DescribeClusterCommand, ListClustersCommand } from '@aws-sdk/client-eks';
import type { EcsContainer, EksClusterProps } from '../../../model/aws/app-containers.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/**
 * ECS task definitions: the latest ACTIVE revision of every family, the one new tasks and
 * services get when they name the family. Inactive revisions cannot start tasks.
 */
export const ecsCollector: ServiceCollector = {
  service: 'ecs',
  types: ['AWS::ECS::TaskDefinition'],
  permissions: {
    'ecs:ListTaskDefinitionFamilies': 'ecs:ListTaskDefinitionFamilies',
    'ecs:DescribeTaskDefinition': 'ecs:DescribeTaskDefinition',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectFamilies(ctx, region)),
};

const container = (c: ContainerDefinition): EcsContainer => ({
  name: c.name ?? unknown('container definition has no name'),
  privileged: c.privileged ?? false,
  readonlyRootFilesystem: c.readonlyRootFilesystem ?? false,
  user: c.user || null,
});

async function collectFamilies(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ecs',
    region,
    (nextToken) => new ListTaskDefinitionFamiliesCommand({ status: 'ACTIVE', nextToken }),
    (o) => o.families,
    (o) => o.nextToken,
  );
  ctx.listed('AWS::ECS::TaskDefinition', 'ecs', region, listing.failure);
  await ctx.forEach(listing.items, async (family) => {
    const res = await ctx.call('ecs', region, new DescribeTaskDefinitionCommand({ taskDefinition: family, include: ['TAGS'] }));
    // The family lost its last active revision since the listing.
    if (!res.ok && res.failure.code === 'ClientException' && /not found|inactive/i.test(res.failure.message)) return;
    const td = res.ok ? res.value.taskDefinition : undefined;
    const familyArn = `arn:${ctx.partition}:ecs:${region}:${ctx.account}:task-definition/${family}`;
    if (!td?.taskDefinitionArn) {
      const why = res.ok ? unknown('ecs:DescribeTaskDefinition returned no task definition') : unknown(res.failure.reason);
      ctx.add({
        provider: 'aws',
        type: 'AWS::ECS::TaskDefinition',
        id: familyArn,
        name: family,
        account: ctx.account,
        region,
        tags: why,
        props: { family, networkMode: why, requiresCompatibilities: why, containers: why },
        origin: { kind: 'live', calls: [...listing.calls, res.call] },
        refs: [familyArn, family],
      });
      return;
    }
    const arn = td.taskDefinitionArn;
    const compat = td.requiresCompatibilities ?? td.compatibilities ?? [];
    ctx.add({
      provider: 'aws',
      type: 'AWS::ECS::TaskDefinition',
      id: arn,
      name: `${family}:${td.revision ?? '?'}`,
      account: ctx.account,
      region,
      tags: tagRecord(res.ok ? res.value.tags : [], (t) => t.key, (t) => t.value),
      props: {
        family,
        // Linux tasks on EC2 default to bridge; Fargate requires awsvpc and always reports it.
        networkMode: td.networkMode ?? 'bridge',
        requiresCompatibilities: [...compat],
        containers: (td.containerDefinitions ?? []).map(container),
      },
      origin: { kind: 'live', calls: [...listing.calls, res.call] },
      // Services and tasks name the family alone for its latest revision.
      refs: [arn, familyArn, family],
    });
  });
}

/** EKS clusters: DescribeCluster holds encryption, endpoint access, logging and tags. */
export const eksCollector: ServiceCollector = {
  service: 'eks',
  types: ['AWS::EKS::Cluster'],
  permissions: { 'eks:ListClusters': 'eks:ListClusters', 'eks:DescribeCluster': 'eks:DescribeCluster' },
  collect: (ctx) => ctx.forEachRegion((region) => collectClusters(ctx, region)),
};

function clusterProps(c: Cluster, name: string): EksClusterProps {
  const vpc = c.resourcesVpcConfig;
  const secrets = (c.encryptionConfig ?? []).find((e) => e.resources?.includes('secrets'));
  return {
    clusterName: name,
    secretsKmsKeyArn: secrets?.provider?.keyArn ?? null,
    endpointPublicAccess: vpc?.endpointPublicAccess ?? unknown('eks:DescribeCluster returned no endpointPublicAccess'),
    endpointPrivateAccess: vpc?.endpointPrivateAccess ?? unknown('eks:DescribeCluster returned no endpointPrivateAccess'),
    publicAccessCidrs: [...(vpc?.publicAccessCidrs ?? [])],
    enabledLogTypes: (c.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []).sort(),
  };
}

async function collectClusters(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list('eks', region, (nextToken) => new ListClustersCommand({ maxResults: 100, nextToken }), (o) => o.clusters, (o) => o.nextToken);
  ctx.listed('AWS::EKS::Cluster', 'eks', region, listing.failure);
  await ctx.forEach(listing.items, async (name) => {
    const res = await ctx.call('eks', region, new DescribeClusterCommand({ name }));
    if (!res.ok && res.failure.code === 'ResourceNotFoundException') return;
    const c = res.ok ? res.value.cluster : undefined;
    const arn = c?.arn ?? `arn:${ctx.partition}:eks:${region}:${ctx.account}:cluster/${name}`;
    const why = res.ok ? undefined : unknown(res.failure.reason);
    const props: EksClusterProps = c
      ? clusterProps(c, name)
      : {
          clusterName: name,
          secretsKmsKeyArn: why ?? unknown('no cluster in the answer'),
          endpointPublicAccess: why ?? unknown('no cluster in the answer'),
          endpointPrivateAccess: why ?? unknown('no cluster in the answer'),
          publicAccessCidrs: why ?? unknown('no cluster in the answer'),
          enabledLogTypes: why ?? unknown('no cluster in the answer'),
        };
    ctx.add({
      provider: 'aws',
      type: 'AWS::EKS::Cluster',
      id: arn,
      name,
      account: ctx.account,
      region,
      tags: c ? { ...c.tags } : (why ?? {}),
      props,
      origin: { kind: 'live', calls: [...listing.calls, res.call] },
      refs: [arn, name],
    });
  });
}
