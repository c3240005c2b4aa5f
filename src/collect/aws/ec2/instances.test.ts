import { DescribeInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import { DescribeInstanceInformationCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const m = mockAws();
const R = 'us-east-1';

const instance = (id: string, over: Partial<Instance> = {}): Instance => ({
  InstanceId: id,
  InstanceType: 'm6i.large',
  State: { Name: 'running', Code: 16 },
  LaunchTime: new Date('2025-01-02T03:04:05Z'),
  SubnetId: 'subnet-1',
  VpcId: 'vpc-1',
  MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', State: 'applied' },
  Monitoring: { State: 'disabled' },
  EbsOptimized: true,
  SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'app' }],
  ...over,
});

describe('EC2 instances', () => {
  it('reads every page of reservations, and joins Systems Manager registration from its own pages', async () => {
    m.ec2
      .on(DescribeInstancesCommand, { NextToken: undefined })
      .resolves({
        Reservations: [
          {
            Instances: [
              instance('i-1', {
                PublicIpAddress: '203.0.113.5',
                IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`, Id: 'AIPA1' },
                Monitoring: { State: 'enabled' },
                EnclaveOptions: { Enabled: true },
                Tags: [{ Key: 'Name', Value: 'phi-app' }],
              }),
            ],
          },
        ],
        NextToken: 'p2',
      })
      .on(DescribeInstancesCommand, { NextToken: 'p2' })
      .resolves({
        Reservations: [
          {
            Instances: [
              instance('i-2', {
                State: { Name: 'stopped', Code: 80 },
                StateTransitionReason: 'User initiated (2025-03-01 12:30:00 GMT)',
                MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
              }),
            ],
          },
        ],
      });
    m.of('ssm')
      .on(DescribeInstanceInformationCommand, { NextToken: undefined })
      .resolves({ InstanceInformationList: [{ InstanceId: 'mi-onprem' }], NextToken: 's2' })
      .on(DescribeInstanceInformationCommand, { NextToken: 's2' })
      .resolves({ InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online' }] });
    const result = await collectAws({ regions: [R] });
    const [a, b] = ofType(result.resources, 'AWS::EC2::Instance');
    expect(a).toMatchObject({
      id: `arn:aws:ec2:${R}:${ACCOUNT}:instance/i-1`,
      name: 'phi-app (i-1)',
      refs: ['i-1', `arn:aws:ec2:${R}:${ACCOUNT}:instance/i-1`],
      origin: { kind: 'live', calls: ['ec2:DescribeInstances', 'ssm:DescribeInstanceInformation'] },
    });
    expect(a!.props).toEqual({
      instanceType: 'm6i.large',
      state: 'running',
      stoppedSince: null,
      launchTime: '2025-01-02T03:04:05.000Z',
      imds: { httpTokens: 'required', httpEndpoint: 'enabled' },
      launchTemplate: null,
      publicIp: true,
      subnetId: 'subnet-1',
      vpcId: 'vpc-1',
      iamInstanceProfile: `arn:aws:iam::${ACCOUNT}:instance-profile/app`,
      detailedMonitoring: true,
      ebsOptimized: true,
      enclave: true,
      securityGroups: ['sg-1'],
      ssmManaged: true,
    });
    expect(b!.props).toMatchObject({
      state: 'stopped',
      stoppedSince: '2025-03-01T12:30:00.000Z',
      imds: { httpTokens: 'optional', httpEndpoint: 'enabled' },
      publicIp: false,
      iamInstanceProfile: null,
      detailedMonitoring: false,
      enclave: false,
      ssmManaged: false,
    });
    // Terminated instances hold nothing and are asked away.
    expect(m.ec2.commandCalls(DescribeInstancesCommand)[0]!.args[0].input.Filters).toEqual([
      { Name: 'instance-state-name', Values: ['pending', 'running', 'shutting-down', 'stopping', 'stopped'] },
    ]);
  });

  it('makes SSM management unknown when the SSM listing is refused, yet keeps a registration it saw', async () => {
    m.ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [instance('i-1'), instance('i-2')] }] });
    m.of('ssm')
      .on(DescribeInstanceInformationCommand, { NextToken: undefined })
      .resolves({ InstanceInformationList: [{ InstanceId: 'i-1' }], NextToken: 's2' })
      .on(DescribeInstanceInformationCommand, { NextToken: 's2' })
      .rejects(deniedJson('ssm:DescribeInstanceInformation'));
    const result = await collectAws({ regions: [R] });
    const props = ofType(result.resources, 'AWS::EC2::Instance').map((i) => i.props.ssmManaged);
    expect(props).toEqual([true, unknown('AccessDenied on ssm:DescribeInstanceInformation')]);
    expect(result.problems.map((p) => p.source)).toEqual([`aws:${ACCOUNT}:${R}:ssm`]);
  });

  it('reports a stop time it cannot read as unknown', async () => {
    m.ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [{ Instances: [instance('i-1', { State: { Name: 'stopped' }, StateTransitionReason: 'Server.InternalError' })] }],
    });
    const [i] = ofType((await collectAws({ regions: [R] })).resources, 'AWS::EC2::Instance');
    expect(i!.props.stoppedSince).toEqual(unknown('the stop time is not in StateTransitionReason "Server.InternalError"'));
  });

  it('marks instances incomplete when the listing is refused or throttled', async () => {
    m.ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'));
    let result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::EC2::Instance')).toMatchObject({
      complete: false,
      reasons: [`AccessDenied on ec2:DescribeInstances in ${R}`],
    });
    m.ec2.on(DescribeInstancesCommand).rejects(throttled());
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::EC2::Instance')).toMatchObject({
      complete: false,
      reasons: [`throttled: ec2:DescribeInstances gave up after 10 attempts in ${R}`],
    });
    expect(ofType(result.resources, 'AWS::EC2::Instance')).toEqual([]);
  });

  it('finds no instance, completely, in an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EC2::Instance')).toEqual([]);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::EC2::Instance', complete: true, reasons: [] });
  });
});
