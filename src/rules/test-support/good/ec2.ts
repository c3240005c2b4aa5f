import type { Ec2PropsByType } from '../../../model/aws/ec2.js';
import type { GoodDefaults } from './types.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-0000000000e2';

/** Known-good props of each ec2 type: a resource every rule passes. */
export const EC2_GOOD: GoodDefaults<Ec2PropsByType> = {
  'AWS::EC2::Instance': () => ({
    instanceType: 'm6i.large',
    state: 'running',
    stoppedSince: null,
    launchTime: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    imds: { httpEndpoint: 'enabled', httpTokens: 'required' },
    launchTemplate: null,
    publicIp: false,
    subnetId: 'subnet-0a1b2c3d4e5f60001',
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    iamInstanceProfile: 'arn:aws:iam::111122223333:instance-profile/phi-app',
    detailedMonitoring: true,
    ebsOptimized: true,
    enclave: false,
    securityGroups: ['sg-0a1b2c3d4e5f60001'],
    ssmManaged: true,
  }),
  'AWS::EC2::Volume': () => ({ encrypted: true, kmsKeyId: KEY, attachedTo: ['i-0a1b2c3d4e5f60001'] }),
  'AWS::EC2::Snapshot': () => ({ encrypted: true, public: false }),
  'AWS::EC2::EBSEncryptionByDefault': () => ({ enabled: true, kmsKeyId: KEY }),
  'AWS::EC2::Image': () => ({ imageId: 'ami-0a1b2c3d4e5f60001', public: false }),
  'AWS::EC2::SecurityGroup': () => ({
    groupName: 'phi-app',
    isDefault: false,
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'group', id: 'sg-0a1b2c3d4e5f60002' } }],
    egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'prefix-list', id: 'pl-63a5400a' } }],
  }),
  'AWS::EC2::NetworkAcl': () => ({
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    isDefault: false,
    ingress: [
      { ruleNumber: 100, protocol: 'tcp', action: 'allow', fromPort: 443, toPort: 443, cidr: '10.0.0.0/16' },
      { ruleNumber: 32767, protocol: '-1', action: 'deny', fromPort: null, toPort: null, cidr: '0.0.0.0/0' },
    ],
    egress: [{ ruleNumber: 100, protocol: '-1', action: 'allow', fromPort: null, toPort: null, cidr: '10.0.0.0/16' }],
  }),
  'AWS::EC2::VPC': () => ({
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    isDefault: false,
    flowLogs: [{ destinationType: 'cloud-watch-logs', destination: 'arn:aws:logs:us-east-1:111122223333:log-group:/vpc/flow-logs', trafficType: 'ALL' }],
    endpoints: [
      { serviceName: 'com.amazonaws.us-east-1.s3', endpointType: 'Gateway' },
      { serviceName: 'com.amazonaws.us-east-1.dynamodb', endpointType: 'Gateway' },
    ],
  }),
  'AWS::EC2::Subnet': () => ({ vpcId: 'vpc-0a1b2c3d4e5f60001', mapPublicIpOnLaunch: false, isDefault: false }),
  'AWS::EC2::RouteTable': () => ({
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    routes: [
      { destination: '10.0.0.0/16', target: 'local', targetKind: 'local' },
      { destination: '0.0.0.0/0', target: 'nat-0a1b2c3d4e5f60001', targetKind: 'nat' },
    ],
  }),
  'AWS::EC2::InternetGateway': () => ({ attachedVpcIds: ['vpc-0a1b2c3d4e5f60001'] }),
  'AWS::EC2::VPNConnection': () => ({
    state: 'available',
    tunnels: [
      { outsideIp: '203.0.113.10', status: 'UP' },
      { outsideIp: '203.0.113.11', status: 'UP' },
    ],
  }),
  'AWS::EC2::LaunchTemplate': () => ({
    version: '3',
    imds: { httpEndpoint: 'enabled', httpTokens: 'required' },
    publicIp: false,
    detailedMonitoring: true,
  }),
  'AWS::AutoScaling::LaunchConfiguration': () => ({
    imds: { httpEndpoint: 'enabled', httpTokens: 'required' },
    publicIp: false,
    detailedMonitoring: true,
  }),
  'AWS::AutoScaling::AutoScalingGroup': () => ({
    healthCheckType: 'ELB',
    loadBalancers: ['arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/phi-app/0123456789abcdef'],
  }),
};
