import { DescribeAutoScalingGroupsCommand, DescribeLaunchConfigurationsCommand } from '@aws-sdk/client-auto-scaling';
import { DescribeLaunchTemplatesCommand, DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const m = mockAws();
const R = 'us-east-1';
const created = new Date('2024-01-01');
const group = (name: string, over: object = {}) => ({
  AutoScalingGroupName: name,
  AutoScalingGroupARN: `arn:aws:autoscaling:${R}:${ACCOUNT}:autoScalingGroup:uuid:autoScalingGroupName/${name}`,
  MinSize: 1,
  MaxSize: 2,
  DesiredCapacity: 1,
  DefaultCooldown: 300,
  AvailabilityZones: ['us-east-1a'],
  CreatedTime: created,
  HealthCheckType: 'EC2',
  ...over,
});

describe('Auto Scaling', () => {
  it('reads every page of groups with their load balancers and tags', async () => {
    m.of('autoscaling')
      .on(DescribeAutoScalingGroupsCommand, { NextToken: undefined })
      .resolves({ AutoScalingGroups: [group('web', { LoadBalancerNames: ['classic'], TargetGroupARNs: ['arn:tg'], Tags: [{ Key: 'phi', Value: 'true' }] })], NextToken: 'p2' })
      .on(DescribeAutoScalingGroupsCommand, { NextToken: 'p2' })
      .resolves({ AutoScalingGroups: [group('batch', { HealthCheckType: 'ELB' })] });
    const groups = ofType((await collectAws({ regions: [R] })).resources, 'AWS::AutoScaling::AutoScalingGroup');
    // Results come sorted by id.
    expect(groups.map((g) => [g.name, g.tags, g.props])).toEqual([
      ['batch', {}, { healthCheckType: 'ELB', loadBalancers: [] }],
      ['web', { phi: 'true' }, { healthCheckType: 'EC2', loadBalancers: ['classic', 'arn:tg'] }],
    ]);
  });

  it('settles launch configuration defaults: detailed monitoring on, IMDSv1 allowed when unset', async () => {
    m.of('autoscaling').on(DescribeLaunchConfigurationsCommand).resolves({
      LaunchConfigurations: [
        { LaunchConfigurationName: 'old', ImageId: 'ami-1', InstanceType: 't3.micro', CreatedTime: created, AssociatePublicIpAddress: true },
        {
          LaunchConfigurationName: 'new',
          ImageId: 'ami-1',
          InstanceType: 't3.micro',
          CreatedTime: created,
          InstanceMonitoring: { Enabled: false },
          MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
        },
      ],
    });
    const configs = ofType((await collectAws({ regions: [R] })).resources, 'AWS::AutoScaling::LaunchConfiguration');
    expect(configs.map((c) => [c.name, c.props])).toEqual([
      ['new', { imds: { httpTokens: 'required', httpEndpoint: 'enabled' }, publicIp: null, detailedMonitoring: false }],
      ['old', { imds: { httpTokens: 'optional', httpEndpoint: 'enabled' }, publicIp: true, detailedMonitoring: true }],
    ]);
  });

  it('judges launch templates by their default version, read for all templates in one listing', async () => {
    m.ec2.on(DescribeLaunchTemplatesCommand).resolves({
      LaunchTemplates: [
        { LaunchTemplateId: 'lt-1', LaunchTemplateName: 'app', DefaultVersionNumber: 3, Tags: [{ Key: 'Name', Value: 'app' }] },
        { LaunchTemplateId: 'lt-2', LaunchTemplateName: 'gone', DefaultVersionNumber: 1 },
      ],
    });
    m.ec2.on(DescribeLaunchTemplateVersionsCommand).resolves({
      LaunchTemplateVersions: [
        {
          LaunchTemplateId: 'lt-1',
          VersionNumber: 3,
          DefaultVersion: true,
          LaunchTemplateData: {
            MetadataOptions: { HttpTokens: 'required' },
            NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
            Monitoring: { Enabled: true },
          },
        },
      ],
    });
    const result = await collectAws({ regions: [R] });
    const [app, gone] = ofType(result.resources, 'AWS::EC2::LaunchTemplate');
    expect(app).toMatchObject({ name: 'app (lt-1)', props: { version: '3', imds: { httpTokens: 'required', httpEndpoint: 'enabled' }, publicIp: true, detailedMonitoring: true } });
    const why = unknown('ec2:DescribeLaunchTemplateVersions returned no default version');
    expect(gone!.props).toEqual({ version: why, imds: why, publicIp: why, detailedMonitoring: why });
    expect(m.ec2.commandCalls(DescribeLaunchTemplateVersionsCommand)[0]!.args[0].input).toMatchObject({ Versions: ['$Default'] });
    expect(m.ec2.commandCalls(DescribeLaunchTemplateVersionsCommand)[0]!.args[0].input.LaunchTemplateId).toBeUndefined();
  });

  it('makes template settings unknown when the versions are refused, and groups incomplete when throttled', async () => {
    m.ec2.on(DescribeLaunchTemplatesCommand).resolves({ LaunchTemplates: [{ LaunchTemplateId: 'lt-1', LaunchTemplateName: 'app' }] });
    m.ec2.on(DescribeLaunchTemplateVersionsCommand).rejects(awsError('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'));
    m.of('autoscaling').on(DescribeAutoScalingGroupsCommand).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EC2::LaunchTemplate')[0]!.props.imds).toEqual(unknown('AccessDenied on ec2:DescribeLaunchTemplateVersions'));
    expect(result.coverage.find((c) => c.type === 'AWS::AutoScaling::AutoScalingGroup')).toMatchObject({
      complete: false,
      reasons: [`throttled: autoscaling:DescribeAutoScalingGroups gave up after 10 attempts in ${R}`],
    });
  });

  it('finds nothing, completely, in an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    for (const type of ['AWS::AutoScaling::AutoScalingGroup', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::LaunchTemplate'] as const) {
      expect(ofType(result.resources, type)).toEqual([]);
      expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type, complete: true, reasons: [] });
    }
  });
});
