import { DescribeAutoScalingGroupsCommand, DescribeLaunchConfigurationsCommand } from '@aws-sdk/client-auto-scaling';
import {
  DescribeFlowLogsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  DescribeVpnConnectionsCommand,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { DescribeInstanceInformationCommand } from '@aws-sdk/client-ssm';
import type { AwsMocks } from '../test-support/aws-mock.js';

export const EC2_ACCOUNT = '111122223333';
const VPC = 'vpc-0a1b2c3d4e5f60001';

/**
 * What an empty account answers to the ec2 family's listing calls, for `mockAws()`.
 * Tests override what their case is about. A new region has its default VPC's pieces, but
 * an empty answer is the simplest account the collectors must handle.
 */
export function ec2EmptyAccount(m: AwsMocks): void {
  m.ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  m.ec2.on(DescribeNetworkAclsCommand).resolves({ NetworkAcls: [] });
  m.ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
  m.ec2.on(DescribeFlowLogsCommand).resolves({ FlowLogs: [] });
  m.ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
  m.ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
  m.ec2.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });
  m.ec2.on(DescribeInternetGatewaysCommand).resolves({ InternetGateways: [] });
  m.ec2.on(DescribeVpnConnectionsCommand).resolves({ VpnConnections: [] });
  m.ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  m.of('ssm').on(DescribeInstanceInformationCommand).resolves({ InstanceInformationList: [] });
  m.ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
  m.ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
  m.ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false });
  m.ec2.on(GetEbsDefaultKmsKeyIdCommand).resolves({ KmsKeyId: 'alias/aws/ebs' });
  m.ec2.on(DescribeImagesCommand).resolves({ Images: [] });
  m.ec2.on(DescribeLaunchTemplatesCommand).resolves({ LaunchTemplates: [] });
  m.ec2.on(DescribeLaunchTemplateVersionsCommand).resolves({ LaunchTemplateVersions: [] });
  m.of('autoscaling').on(DescribeAutoScalingGroupsCommand).resolves({ AutoScalingGroups: [] });
  m.of('autoscaling').on(DescribeLaunchConfigurationsCommand).resolves({ LaunchConfigurations: [] });
}

/**
 * One of every resource the ec2 family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function ec2OneOfEverything(m: AwsMocks): void {
  m.ec2.on(DescribeSecurityGroupsCommand).resolves({
    SecurityGroups: [
      {
        GroupId: 'sg-0a1b2c3d4e5f60001',
        GroupName: 'phi-app',
        VpcId: VPC,
        OwnerId: EC2_ACCOUNT,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      },
    ],
  });
  m.ec2.on(DescribeNetworkAclsCommand).resolves({
    NetworkAcls: [
      {
        NetworkAclId: 'acl-0a1b2c3d4e5f60001',
        VpcId: VPC,
        IsDefault: true,
        Entries: [{ RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' }],
      },
    ],
  });
  m.ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: VPC, IsDefault: false, CidrBlock: '10.0.0.0/16', State: 'available' }] });
  m.ec2.on(DescribeFlowLogsCommand).resolves({
    FlowLogs: [{ FlowLogId: 'fl-1', ResourceId: VPC, LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs/vpc/', TrafficType: 'ALL' }],
  });
  m.ec2.on(DescribeVpcEndpointsCommand).resolves({
    VpcEndpoints: [{ VpcEndpointId: 'vpce-1', VpcId: VPC, ServiceName: 'com.amazonaws.us-east-1.s3', VpcEndpointType: 'Gateway', State: 'Available' }],
  });
  m.ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-0a1b2c3d4e5f60001', VpcId: VPC, MapPublicIpOnLaunch: false, DefaultForAz: false }] });
  m.ec2.on(DescribeRouteTablesCommand).resolves({
    RouteTables: [{ RouteTableId: 'rtb-1', VpcId: VPC, Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }] }],
  });
  m.ec2.on(DescribeInternetGatewaysCommand).resolves({ InternetGateways: [{ InternetGatewayId: 'igw-1', Attachments: [{ VpcId: VPC, State: 'attached' }] }] });
  m.ec2.on(DescribeVpnConnectionsCommand).resolves({
    VpnConnections: [{ VpnConnectionId: 'vpn-1', State: 'available', VgwTelemetry: [{ OutsideIpAddress: '203.0.113.10', Status: 'UP' }] }],
  });
  m.ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [{ Instances: [{ InstanceId: 'i-0a1b2c3d4e5f60001', InstanceType: 'm6i.large', State: { Name: 'running', Code: 16 } }] }],
  });
  m.of('ssm').on(DescribeInstanceInformationCommand).resolves({ InstanceInformationList: [{ InstanceId: 'i-0a1b2c3d4e5f60001', PingStatus: 'Online' }] });
  m.ec2.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-1', Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' }] });
  m.ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1', Encrypted: true, OwnerId: EC2_ACCOUNT }] });
  m.ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
  m.ec2.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: 'ami-1', Public: false, OwnerId: EC2_ACCOUNT }] });
  m.ec2.on(DescribeLaunchTemplatesCommand).resolves({ LaunchTemplates: [{ LaunchTemplateId: 'lt-1', LaunchTemplateName: 'phi-app', DefaultVersionNumber: 1 }] });
  m.ec2.on(DescribeLaunchTemplateVersionsCommand).resolves({
    LaunchTemplateVersions: [{ LaunchTemplateId: 'lt-1', VersionNumber: 1, DefaultVersion: true, LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } }],
  });
  m.of('autoscaling').on(DescribeAutoScalingGroupsCommand).resolves({
    AutoScalingGroups: [{ AutoScalingGroupName: 'phi-app', HealthCheckType: 'ELB', TargetGroupARNs: ['arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/phi/1'], MinSize: 1, MaxSize: 2, DesiredCapacity: 1, DefaultCooldown: 300, AvailabilityZones: ['us-east-1a'], CreatedTime: new Date('2024-01-01') }],
  });
  m.of('autoscaling').on(DescribeLaunchConfigurationsCommand).resolves({
    LaunchConfigurations: [{ LaunchConfigurationName: 'legacy', ImageId: 'ami-1', InstanceType: 't3.micro', CreatedTime: new Date('2020-01-01') }],
  });
}
