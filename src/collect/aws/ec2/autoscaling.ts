import { DescribeAutoScalingGroupsCommand, DescribeLaunchConfigurationsCommand } from '@aws-sdk/client-auto-scaling';
import { DescribeLaunchTemplatesCommand, DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2';
import type { AutoScalingGroupProps, AutoScalingLaunchConfigurationProps } from '../../../model/aws/ec2.js';
import type { AnyResource } from '../../../model/resource.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';
import { imdsOf } from './instances.js';
import { addEc2, joinProblem } from './shared.js';

/** Auto Scaling groups and launch configurations, and the EC2 launch templates they launch from. */
const permissions = {
  'autoscaling:DescribeAutoScalingGroups': 'autoscaling:DescribeAutoScalingGroups',
  'autoscaling:DescribeLaunchConfigurations': 'autoscaling:DescribeLaunchConfigurations',
  'ec2:DescribeLaunchTemplates': 'ec2:DescribeLaunchTemplates',
  'ec2:DescribeLaunchTemplateVersions': 'ec2:DescribeLaunchTemplateVersions',
};

export const autoScalingCollector: ServiceCollector = {
  service: 'autoscaling',
  types: ['AWS::AutoScaling::AutoScalingGroup', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::LaunchTemplate'],
  permissions,
  collect: (ctx) =>
    ctx.forEachRegion(async (region) => {
      await Promise.all([groups(ctx, region), launchConfigurations(ctx, region), launchTemplates(ctx, region)]);
    }),
};

const next = (o: { NextToken?: string }): string | undefined => o.NextToken;

function addAutoScaling(
  ctx: AwsContext,
  region: string,
  r: { arn: string; name: string; tags: Record<string, string>; calls: string[] } & (
    | { type: 'AWS::AutoScaling::AutoScalingGroup'; props: AutoScalingGroupProps }
    | { type: 'AWS::AutoScaling::LaunchConfiguration'; props: AutoScalingLaunchConfigurationProps }
  ),
): void {
  ctx.add({
    provider: 'aws',
    type: r.type,
    id: r.arn,
    name: r.name,
    account: ctx.account,
    region,
    tags: r.tags,
    props: r.props,
    origin: { kind: 'live', calls: r.calls },
    refs: [r.name, r.arn],
  } as AnyResource);
}

async function groups(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'autoscaling',
    region,
    (NextToken) => new DescribeAutoScalingGroupsCommand({ MaxRecords: 100, NextToken }),
    (o) => o.AutoScalingGroups,
    next,
  );
  ctx.listed('AWS::AutoScaling::AutoScalingGroup', 'autoscaling', region, listing.failure);
  for (const g of listing.items) {
    if (!g.AutoScalingGroupName) continue;
    const name = g.AutoScalingGroupName;
    addAutoScaling(ctx, region, {
      type: 'AWS::AutoScaling::AutoScalingGroup',
      arn: g.AutoScalingGroupARN ?? `arn:${ctx.partition}:autoscaling:${region}:${ctx.account}:autoScalingGroup:*:autoScalingGroupName/${name}`,
      name,
      tags: tagRecord(g.Tags, (t) => t.Key, (t) => t.Value),
      calls: listing.calls,
      props: {
        healthCheckType: g.HealthCheckType ?? unknown('autoscaling:DescribeAutoScalingGroups returned no HealthCheckType'),
        loadBalancers: [...(g.LoadBalancerNames ?? []), ...(g.TargetGroupARNs ?? [])],
      },
    });
  }
}

async function launchConfigurations(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'autoscaling',
    region,
    (NextToken) => new DescribeLaunchConfigurationsCommand({ MaxRecords: 100, NextToken }),
    (o) => o.LaunchConfigurations,
    next,
  );
  ctx.listed('AWS::AutoScaling::LaunchConfiguration', 'autoscaling', region, listing.failure);
  for (const c of listing.items) {
    if (!c.LaunchConfigurationName) continue;
    const name = c.LaunchConfigurationName;
    addAutoScaling(ctx, region, {
      type: 'AWS::AutoScaling::LaunchConfiguration',
      arn: c.LaunchConfigurationARN ?? `arn:${ctx.partition}:autoscaling:${region}:${ctx.account}:launchConfiguration:*:launchConfigurationName/${name}`,
      name,
      // Launch configurations cannot carry tags.
      tags: {},
      calls: listing.calls,
      props: {
        // Launch configurations created before IMDS options existed report none: v1 and v2 both answer.
        imds: imdsOf(c.MetadataOptions ?? {}, 'autoscaling:DescribeLaunchConfigurations'),
        publicIp: c.AssociatePublicIpAddress ?? null,
        detailedMonitoring: c.InstanceMonitoring?.Enabled ?? true,
      },
    });
  }
}

/**
 * Launch templates judged by their default version: the one an Auto Scaling group or a
 * RunInstances call without a version uses. One DescribeLaunchTemplateVersions call
 * without a template id returns the default version of every template.
 */
async function launchTemplates(ctx: AwsContext, region: string): Promise<void> {
  const [listing, versions] = await Promise.all([
    ctx.list('ec2', region, (NextToken) => new DescribeLaunchTemplatesCommand({ MaxResults: 200, NextToken }), (o) => o.LaunchTemplates, next),
    ctx.list(
      'ec2',
      region,
      (NextToken) => new DescribeLaunchTemplateVersionsCommand({ Versions: ['$Default'], MaxResults: 200, NextToken }),
      (o) => o.LaunchTemplateVersions,
      next,
    ),
  ]);
  ctx.listed('AWS::EC2::LaunchTemplate', 'ec2', region, listing.failure);
  joinProblem(ctx, 'ec2', region, 'launch template default versions', listing.failure ? undefined : versions.failure);
  const byId = new Map(versions.items.map((v) => [v.LaunchTemplateId, v]));
  const missing = unknown(versions.failure ? versions.failure.reason : 'ec2:DescribeLaunchTemplateVersions returned no default version');
  for (const t of listing.items) {
    if (!t.LaunchTemplateId) continue;
    const v = byId.get(t.LaunchTemplateId);
    const data = v?.LaunchTemplateData;
    addEc2(ctx, region, {
      type: 'AWS::EC2::LaunchTemplate',
      kind: 'launch-template',
      id: t.LaunchTemplateId,
      tags: t.Tags,
      calls: [...listing.calls, ...versions.calls],
      props: v
        ? {
            version: String(v.VersionNumber ?? t.DefaultVersionNumber ?? '?'),
            // A template without MetadataOptions leaves the instance to the API's defaults.
            imds: imdsOf(data?.MetadataOptions ?? {}, 'ec2:DescribeLaunchTemplateVersions'),
            publicIp: data?.NetworkInterfaces?.[0]?.AssociatePublicIpAddress ?? null,
            detailedMonitoring: data?.Monitoring?.Enabled ?? false,
          }
        : { version: missing, imds: missing, publicIp: missing, detailedMonitoring: missing },
    });
  }
}
