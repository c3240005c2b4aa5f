import {
  DescribeFlowLogsCommand,
  DescribeInternetGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  DescribeVpnConnectionsCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, CALLER_ARN, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const m = mockAws();
const R = 'us-east-1';
const VPC = 'vpc-0a1b2c3d4e5f60001';
const sgArn = (id: string) => `arn:aws:ec2:${R}:${ACCOUNT}:security-group/${id}`;
const unauthorized = (action: string) =>
  awsError('UnauthorizedOperation', 403, `You are not authorized to perform this operation. User: ${CALLER_ARN} is not authorized to perform: ${action}`);

describe('security groups', () => {
  it('reads every page and normalises each rule to one protocol, port range and peer', async () => {
    m.ec2
      .on(DescribeSecurityGroupsCommand, { NextToken: undefined })
      .resolves({
        SecurityGroups: [
          {
            GroupId: 'sg-00000000000000001',
            GroupName: 'bastion',
            VpcId: VPC,
            SecurityGroupArn: sgArn('sg-00000000000000001'),
            Tags: [{ Key: 'Name', Value: 'bastion' }],
            IpPermissions: [
              {
                IpProtocol: '6',
                FromPort: 22,
                ToPort: 22,
                IpRanges: [{ CidrIp: '0.0.0.0/0' }],
                Ipv6Ranges: [{ CidrIpv6: '::/0' }],
                PrefixListIds: [{ PrefixListId: 'pl-0123' }],
              },
              { IpProtocol: 'icmp', FromPort: -1, ToPort: -1, UserIdGroupPairs: [{ GroupId: 'sg-00000000000000002', UserId: ACCOUNT }] },
            ],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          },
        ],
        NextToken: 'p2',
      })
      .on(DescribeSecurityGroupsCommand, { NextToken: 'p2' })
      .resolves({ SecurityGroups: [{ GroupId: 'sg-00000000000000002', GroupName: 'default', VpcId: VPC, IpPermissions: [], IpPermissionsEgress: [] }] });
    const result = await collectAws({ regions: [R] });
    const groups = ofType(result.resources, 'AWS::EC2::SecurityGroup');
    expect(groups.map((g) => [g.id, g.name, g.props.isDefault])).toEqual([
      [sgArn('sg-00000000000000001'), 'bastion (sg-00000000000000001)', false],
      [sgArn('sg-00000000000000002'), 'sg-00000000000000002', true],
    ]);
    expect(groups[0]).toMatchObject({
      refs: ['sg-00000000000000001', sgArn('sg-00000000000000001')],
      tags: { Name: 'bastion' },
      origin: { kind: 'live', calls: ['ec2:DescribeSecurityGroups'] },
    });
    expect(groups[0]!.props.ingress).toEqual([
      { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } },
      { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'ipv6', cidr: '::/0' } },
      { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'prefix-list', id: 'pl-0123' } },
      { protocol: 'icmp', fromPort: null, toPort: null, peer: { kind: 'group', id: 'sg-00000000000000002' } },
    ]);
    expect(groups[0]!.props.egress).toEqual([{ protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } }]);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::EC2::SecurityGroup', complete: true, reasons: [] });
  });

  it('marks the listing incomplete, with a problem, when DescribeSecurityGroups is refused', async () => {
    m.ec2.on(DescribeSecurityGroupsCommand).rejects(unauthorized('ec2:DescribeSecurityGroups'));
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EC2::SecurityGroup')).toEqual([]);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::EC2::SecurityGroup',
      complete: false,
      reasons: [`AccessDenied on ec2:DescribeSecurityGroups in ${R}`],
    });
    expect(result.problems).toContainEqual({
      source: `aws:${ACCOUNT}:${R}:ec2`,
      message: expect.stringMatching(/^AWS::EC2::SecurityGroup not fully listed: AccessDenied on ec2:DescribeSecurityGroups/),
    });
  });
});

describe('VPCs', () => {
  it('joins VPC-level flow logs and live endpoints into their VPC', async () => {
    m.ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: VPC, IsDefault: false }, { VpcId: 'vpc-default', IsDefault: true }] });
    m.ec2.on(DescribeFlowLogsCommand).resolves({
      FlowLogs: [
        { ResourceId: VPC, LogDestinationType: 'cloud-watch-logs', LogGroupName: '/vpc/flow', TrafficType: 'ALL' },
        // A subnet's log covers part of a VPC only.
        { ResourceId: 'subnet-0001', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow', TrafficType: 'REJECT' },
      ],
    });
    m.ec2.on(DescribeVpcEndpointsCommand).resolves({
      VpcEndpoints: [{ VpcId: VPC, ServiceName: 'com.amazonaws.us-east-1.s3', VpcEndpointType: 'Gateway' }],
    });
    const vpcs = ofType((await collectAws({ regions: [R] })).resources, 'AWS::EC2::VPC');
    expect(vpcs.map((v) => v.props)).toEqual([
      {
        vpcId: VPC,
        isDefault: false,
        flowLogs: [{ destinationType: 'cloud-watch-logs', destination: '/vpc/flow', trafficType: 'ALL' }],
        endpoints: [{ serviceName: 'com.amazonaws.us-east-1.s3', endpointType: 'Gateway' }],
      },
      { vpcId: 'vpc-default', isDefault: true, flowLogs: [], endpoints: [] },
    ]);
    // Endpoints on their way out carry no traffic; the listing asks for the live ones.
    expect(m.ec2.commandCalls(DescribeVpcEndpointsCommand)[0]!.args[0].input.Filters).toEqual([
      { Name: 'vpc-endpoint-state', Values: ['available', 'pending', 'pendingAcceptance'] },
    ]);
  });

  it('makes flow logs unknown, not absent, when DescribeFlowLogs is refused', async () => {
    m.ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: VPC, IsDefault: false }] });
    m.ec2.on(DescribeFlowLogsCommand).rejects(unauthorized('ec2:DescribeFlowLogs'));
    const result = await collectAws({ regions: [R] });
    const [vpc] = ofType(result.resources, 'AWS::EC2::VPC');
    expect(vpc!.props.flowLogs).toEqual(unknown('AccessDenied on ec2:DescribeFlowLogs'));
    expect(vpc!.props.endpoints).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^VPC flow logs not read: AccessDenied on ec2:DescribeFlowLogs/)]);
    expect(result.coverage.find((c) => c.type === 'AWS::EC2::VPC')?.complete).toBe(true);
  });
});

describe('subnets, ACLs, routes, gateways and VPN', () => {
  it('reads each with the settings the rules judge', async () => {
    m.ec2.on(DescribeSubnetsCommand).resolves({
      Subnets: [{ SubnetId: 'subnet-1', SubnetArn: `arn:aws:ec2:${R}:${ACCOUNT}:subnet/subnet-1`, VpcId: VPC, MapPublicIpOnLaunch: true, DefaultForAz: true }],
    });
    m.ec2.on(DescribeNetworkAclsCommand).resolves({
      NetworkAcls: [
        {
          NetworkAclId: 'acl-1',
          VpcId: VPC,
          IsDefault: true,
          Entries: [
            { RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
            { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
            { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, Ipv6CidrBlock: '::/0' },
          ],
        },
      ],
    });
    m.ec2.on(DescribeRouteTablesCommand).resolves({
      RouteTables: [
        {
          RouteTableId: 'rtb-1',
          VpcId: VPC,
          Routes: [
            { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' },
            { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1' },
            { DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-1' },
            { DestinationPrefixListId: 'pl-63a5400a', GatewayId: 'vpce-1' },
          ],
        },
      ],
    });
    m.ec2.on(DescribeInternetGatewaysCommand).resolves({
      InternetGateways: [{ InternetGatewayId: 'igw-1', Attachments: [{ VpcId: VPC, State: 'attached' }] }, { InternetGatewayId: 'igw-2', Attachments: [] }],
    });
    m.ec2.on(DescribeVpnConnectionsCommand).resolves({
      VpnConnections: [
        {
          VpnConnectionId: 'vpn-1',
          State: 'available',
          VgwTelemetry: [
            { OutsideIpAddress: '203.0.113.10', Status: 'UP' },
            { OutsideIpAddress: '203.0.113.11', Status: 'DOWN' },
          ],
        },
      ],
    });
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EC2::Subnet')[0]!.props).toEqual({ vpcId: VPC, mapPublicIpOnLaunch: true, isDefault: true });
    expect(ofType(result.resources, 'AWS::EC2::NetworkAcl')[0]!.props).toEqual({
      vpcId: VPC,
      isDefault: true,
      ingress: [
        { ruleNumber: 100, protocol: 'tcp', action: 'allow', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0' },
        { ruleNumber: 32767, protocol: '-1', action: 'deny', fromPort: null, toPort: null, cidr: '0.0.0.0/0' },
      ],
      egress: [{ ruleNumber: 100, protocol: '-1', action: 'allow', fromPort: null, toPort: null, cidr: '::/0' }],
    });
    expect(ofType(result.resources, 'AWS::EC2::RouteTable')[0]!.props.routes).toEqual([
      { destination: '10.0.0.0/16', target: 'local', targetKind: 'local' },
      { destination: '0.0.0.0/0', target: 'igw-1', targetKind: 'igw' },
      { destination: '::/0', target: 'eigw-1', targetKind: 'eigw' },
      { destination: 'pl-63a5400a', target: 'vpce-1', targetKind: 'vpce' },
    ]);
    expect(ofType(result.resources, 'AWS::EC2::InternetGateway').map((g) => g.props.attachedVpcIds)).toEqual([[VPC], []]);
    expect(ofType(result.resources, 'AWS::EC2::VPNConnection')[0]!.props).toEqual({
      state: 'available',
      tunnels: [
        { outsideIp: '203.0.113.10', status: 'UP' },
        { outsideIp: '203.0.113.11', status: 'DOWN' },
      ],
    });
  });

  it('keeps the routes of the pages read before throttling gave up, and says the list is partial', async () => {
    m.ec2
      .on(DescribeRouteTablesCommand, { NextToken: undefined })
      .resolves({ RouteTables: [{ RouteTableId: 'rtb-1', VpcId: VPC, Routes: [] }], NextToken: 'p2' })
      .on(DescribeRouteTablesCommand, { NextToken: 'p2' })
      .rejects(throttled());
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EC2::RouteTable').map((t) => t.name)).toEqual(['rtb-1']);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::EC2::RouteTable',
      complete: false,
      reasons: [`throttled: ec2:DescribeRouteTables gave up after 10 attempts in ${R}`],
    });
  });

  it('finds nothing, completely, in an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    for (const type of ['AWS::EC2::SecurityGroup', 'AWS::EC2::NetworkAcl', 'AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::InternetGateway', 'AWS::EC2::VPNConnection'] as const) {
      expect(ofType(result.resources, type)).toEqual([]);
      expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type, complete: true, reasons: [] });
    }
    expect(result.problems).toEqual([]);
  });
});
