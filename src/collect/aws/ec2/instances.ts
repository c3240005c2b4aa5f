import { DescribeInstancesCommand, type Instance, type InstanceMetadataOptionsResponse } from '@aws-sdk/client-ec2';
import { DescribeInstanceInformationCommand } from '@aws-sdk/client-ssm';
import type { ImdsOptions } from '../../../model/aws/ec2.js';
import { type Known, unknown } from '../../../model/unknown.js';
import type { AwsContext, ServiceCollector } from '../context.js';
import { addEc2, joinProblem } from './shared.js';

/** EC2 instances, with whether Systems Manager manages each (one SSM listing per region). */
const permissions = {
  'ec2:DescribeInstances': 'ec2:DescribeInstances',
  'ssm:DescribeInstanceInformation': 'ssm:DescribeInstanceInformation',
};

export const instancesCollector: ServiceCollector = {
  service: 'ec2',
  types: ['AWS::EC2::Instance'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const next = (o: { NextToken?: string }): string | undefined => o.NextToken;

/** IMDS options as the API reports them; a missing field is the API's own default. */
export function imdsOf(m: Pick<InstanceMetadataOptionsResponse, 'HttpEndpoint' | 'HttpTokens'> | undefined, what: string): Known<ImdsOptions> {
  if (!m) return unknown(`${what} returned no MetadataOptions`);
  const tokens = m.HttpTokens ?? 'optional';
  const endpoint = m.HttpEndpoint ?? 'enabled';
  return {
    httpTokens: tokens === 'required' || tokens === 'optional' ? tokens : unknown(`unrecognised HttpTokens ${tokens}`),
    httpEndpoint: endpoint === 'enabled' || endpoint === 'disabled' ? endpoint : unknown(`unrecognised HttpEndpoint ${endpoint}`),
  };
}

/**
 * When a stopped instance stopped. The API gives it only inside StateTransitionReason:
 * `User initiated (2024-05-01 10:00:00 GMT)`.
 */
export function stoppedSince(i: Instance): Known<string | null> {
  if (i.State?.Name !== 'stopped') return null;
  const m = /\((\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) GMT\)/.exec(i.StateTransitionReason ?? '');
  if (!m) return unknown(`the stop time is not in StateTransitionReason ${JSON.stringify(i.StateTransitionReason ?? '')}`);
  return new Date(`${m[1]!.replace(' ', 'T')}Z`).toISOString();
}

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [listing, ssm] = await Promise.all([
    ctx.list(
      'ec2',
      region,
      // Terminated instances stay listed for an hour and hold nothing.
      (NextToken) =>
        new DescribeInstancesCommand({
          MaxResults: 1000,
          NextToken,
          Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running', 'shutting-down', 'stopping', 'stopped'] }],
        }),
      (o) => o.Reservations?.flatMap((r) => r.Instances ?? []),
      next,
    ),
    ctx.list(
      'ssm',
      region,
      (NextToken) => new DescribeInstanceInformationCommand({ MaxResults: 50, NextToken }),
      (o) => o.InstanceInformationList,
      next,
    ),
  ]);
  ctx.listed('AWS::EC2::Instance', 'ec2', region, listing.failure);
  joinProblem(ctx, 'ssm', region, 'Systems Manager managed instances', ssm.failure);
  const managed = new Set(ssm.items.flatMap((i) => (i.InstanceId ? [i.InstanceId] : [])));
  // A partial SSM listing proves an instance is managed, never that it is not.
  const ssmManaged = (id: string): Known<boolean> =>
    managed.has(id) ? true : ssm.failure ? unknown(ssm.failure.reason) : false;
  for (const i of listing.items) {
    if (!i.InstanceId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::Instance',
      kind: 'instance',
      id: i.InstanceId,
      tags: i.Tags,
      calls: [...listing.calls, ...ssm.calls],
      props: {
        instanceType: i.InstanceType ?? unknown('ec2:DescribeInstances returned no InstanceType'),
        state: i.State?.Name ?? unknown('ec2:DescribeInstances returned no State'),
        stoppedSince: stoppedSince(i),
        launchTime: i.LaunchTime ? new Date(i.LaunchTime).toISOString() : null,
        imds: imdsOf(i.MetadataOptions, 'ec2:DescribeInstances'),
        launchTemplate: null,
        publicIp: Boolean(i.PublicIpAddress),
        subnetId: i.SubnetId ?? null,
        vpcId: i.VpcId ?? null,
        iamInstanceProfile: i.IamInstanceProfile?.Arn ?? null,
        detailedMonitoring: i.Monitoring?.State === 'enabled' || i.Monitoring?.State === 'pending',
        ebsOptimized: i.EbsOptimized ?? false,
        enclave: i.EnclaveOptions?.Enabled ?? false,
        securityGroups: (i.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
        ssmManaged: ssmManaged(i.InstanceId),
      },
    });
  }
}
