import { describe, expect, it } from 'vitest';
import type { AnyResource, Resource, ResourceType } from '../../../../model/resource.js';
import { unknown } from '../../../../model/unknown.js';
import { parseCloudFormation } from '../index.js';

function collect(yaml: string): Record<string, AnyResource> {
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}
const one = <T extends ResourceType>(all: Record<string, AnyResource>, id: string, _type: T) => all[id] as unknown as Resource<T>;

describe('AWS::EC2::SecurityGroup', () => {
  it('normalises inline rules, settles default egress, and joins standalone rules', () => {
    const all = collect(`
Parameters:
  AdminCidr: {Type: String}
Conditions:
  Never: !Equals [a, b]
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
        - {IpProtocol: "6", FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr}
        - {IpProtocol: "-1", SourceSecurityGroupId: !GetAtt Lb.GroupId}
  Locked:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: locked
      GroupName: locked
      SecurityGroupEgress:
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, DestinationPrefixListId: pl-63a5400a}
  Lb:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: lb}
  DbIn:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !Ref Web, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIpv6: "::/0"}
  MaybeOut:
    Type: AWS::EC2::SecurityGroupEgress
    Condition: Never
    Properties: {GroupId: !Ref Locked, IpProtocol: "-1", CidrIp: 0.0.0.0/0}
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
`);
    const web = one(all, 'Web', 'AWS::EC2::SecurityGroup');
    expect(web.props).toEqual({
      groupName: unknown('GroupName is not declared: CloudFormation generates it at deploy time'),
      isDefault: false,
      vpcId: 'ref:tpl.yaml#Vpc',
      ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } },
        { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'ipv4', cidr: unknown('parameter AdminCidr has no value') } },
        { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'group', id: 'ref:tpl.yaml#Lb' } },
        { protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'ipv6', cidr: '::/0' } },
      ],
      egress: [
        { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } },
        { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'ipv6', cidr: '::/0' } },
      ],
    });
    const locked = one(all, 'Locked', 'AWS::EC2::SecurityGroup');
    expect(locked.refs).toEqual(['ref:tpl.yaml#Locked', 'locked']);
    // A rule whose condition is false never exists.
    expect(locked.props.egress).toEqual([{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'prefix-list', id: 'pl-63a5400a' } }]);
  });
});

describe('VPC networking', () => {
  it('joins flow logs, endpoints, routes, ACL entries and gateway attachments', () => {
    const all = collect(`
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Logs:
    Type: AWS::EC2::FlowLog
    Properties: {ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ALL, LogGroupName: /vpc/flow, DeliverLogsPermissionArn: arn:aws:iam::111122223333:role/flow}
  SubnetLogs:
    Type: AWS::EC2::FlowLog
    Properties: {ResourceId: !Ref Vpc, ResourceType: Subnet, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs}
  S3:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !Ref Vpc, ServiceName: !Sub "com.amazonaws.\${AWS::Region}.s3"}
  Public:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, MapPublicIpOnLaunch: true}
  Igw: {Type: AWS::EC2::InternetGateway}
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
  Routes: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  Default:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
  V6:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref Routes, DestinationIpv6CidrBlock: "::/0", EgressOnlyInternetGatewayId: eigw-1}
  Acl: {Type: AWS::EC2::NetworkAcl, Properties: {VpcId: !Ref Vpc}}
  AllIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0}
  HttpsOut:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, Egress: true, CidrBlock: 0.0.0.0/0, PortRange: {From: 443, To: 443}}
`);
    const vpc = one(all, 'Vpc', 'AWS::EC2::VPC');
    expect(vpc.props.flowLogs).toEqual([{ destinationType: 'cloud-watch-logs', destination: '/vpc/flow', trafficType: 'ALL' }]);
    // The resolver cannot know the region a stack deploys to.
    expect(vpc.props.endpoints).toEqual([{ serviceName: unknown('AWS::Region is decided at deploy time'), endpointType: 'Gateway' }]);
    expect(one(all, 'Public', 'AWS::EC2::Subnet').props).toEqual({ vpcId: 'ref:tpl.yaml#Vpc', mapPublicIpOnLaunch: true, isDefault: false });
    expect(one(all, 'Igw', 'AWS::EC2::InternetGateway').props.attachedVpcIds).toEqual(['ref:tpl.yaml#Vpc']);
    expect(one(all, 'Routes', 'AWS::EC2::RouteTable').props.routes).toEqual([
      { destination: '0.0.0.0/0', target: 'ref:tpl.yaml#Igw', targetKind: 'gateway' },
      { destination: '::/0', target: 'eigw-1', targetKind: 'eigw' },
    ]);
    expect(one(all, 'Acl', 'AWS::EC2::NetworkAcl').props).toMatchObject({
      ingress: [{ ruleNumber: 100, protocol: '-1', action: 'allow', fromPort: null, toPort: null, cidr: '0.0.0.0/0' }],
      egress: [{ ruleNumber: 100, protocol: 'tcp', action: 'allow', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }],
    });
  });
});

describe('EC2 compute', () => {
  it('settles instance, volume, launch template, launch configuration and group defaults', () => {
    const all = collect(`
Resources:
  Bare: {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1}}
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      InstanceType: m5.large
      IamInstanceProfile: !Ref Profile
      Monitoring: true
      EnclaveOptions: {Enabled: true}
      LaunchTemplate: {LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber}
      NetworkInterfaces:
        - {DeviceIndex: "0", SubnetId: subnet-1, AssociatePublicIpAddress: false, GroupSet: [!Ref Sg]}
  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: app}}
  Profile: {Type: AWS::IAM::InstanceProfile, Properties: {Roles: [r]}}
  Data: {Type: AWS::EC2::Volume, Properties: {AvailabilityZone: us-east-1a, Size: 10}}
  Attach: {Type: AWS::EC2::VolumeAttachment, Properties: {VolumeId: !Ref Data, InstanceId: !Ref App, Device: /dev/sdf}}
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        MetadataOptions: {HttpTokens: required}
        NetworkInterfaces: [{DeviceIndex: 0, AssociatePublicIpAddress: true}]
  Lc: {Type: AWS::AutoScaling::LaunchConfiguration, Properties: {ImageId: ami-1, InstanceType: t3.micro}}
  Asg:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: {MinSize: "1", MaxSize: "2", TargetGroupARNs: [!Ref Tg], LaunchConfigurationName: !Ref Lc}
  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 443, Protocol: HTTPS, VpcId: vpc-1}}
`);
    expect(one(all, 'Bare', 'AWS::EC2::Instance').props).toMatchObject({
      instanceType: 'm1.small',
      imds: { httpTokens: 'optional', httpEndpoint: 'enabled' },
      launchTemplate: null,
      publicIp: null,
      subnetId: null,
      iamInstanceProfile: null,
      detailedMonitoring: false,
      ebsOptimized: false,
      enclave: false,
      securityGroups: [],
    });
    expect(one(all, 'App', 'AWS::EC2::Instance').props).toMatchObject({
      imds: unknown('MetadataOptions come from the launch template'),
      launchTemplate: 'ref:tpl.yaml#Lt',
      publicIp: false,
      subnetId: 'subnet-1',
      iamInstanceProfile: 'ref:tpl.yaml#Profile',
      detailedMonitoring: true,
      enclave: true,
      securityGroups: ['ref:tpl.yaml#Sg'],
    });
    expect(one(all, 'Data', 'AWS::EC2::Volume').props).toEqual({ encrypted: false, kmsKeyId: null, attachedTo: ['ref:tpl.yaml#App'] });
    expect(one(all, 'Lt', 'AWS::EC2::LaunchTemplate').props).toEqual({
      version: '1',
      imds: { httpTokens: 'required', httpEndpoint: 'enabled' },
      publicIp: true,
      detailedMonitoring: false,
    });
    expect(one(all, 'Lc', 'AWS::AutoScaling::LaunchConfiguration').props).toEqual({
      imds: { httpTokens: 'optional', httpEndpoint: 'enabled' },
      publicIp: null,
      detailedMonitoring: true,
    });
    expect(one(all, 'Asg', 'AWS::AutoScaling::AutoScalingGroup').props).toEqual({ healthCheckType: 'EC2', loadBalancers: ['ref:tpl.yaml#Tg'] });
  });
});
