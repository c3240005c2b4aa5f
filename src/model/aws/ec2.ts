import { isUnknown, type Known } from '../unknown.js';
import type {
  Ec2InternetGatewayProps,
  Ec2NetworkAclProps,
  Ec2RouteTableProps,
  Ec2SecurityGroupProps,
  Ec2SubnetProps,
  Ec2VpcProps,
  Ec2VpnConnectionProps,
} from './ec2-network.js';
import { field, type RelationSpec, spec } from './relation-spec.js';

export type * from './ec2-network.js';

/** Instance metadata service options, as instances, launch templates and launch configurations carry them. */
export interface ImdsOptions {
  /** `enabled` or `disabled`: a disabled endpoint answers nobody, v1 or v2. */
  httpEndpoint: Known<'enabled' | 'disabled'>;
  /** `required` (IMDSv2 only) or `optional` (IMDSv1 still answers). */
  httpTokens: Known<'required' | 'optional'>;
}

export interface Ec2InstanceProps {
  instanceType: Known<string>;
  /** `pending`, `running`, `stopping`, `stopped`, `shutting-down`, `terminated`. IaC: `running`. */
  state: Known<string>;
  /** ISO time the instance stopped, when it is stopped; null otherwise. */
  stoppedSince: Known<string | null>;
  /** ISO time of the last launch (start). */
  launchTime: Known<string | null>;
  imds: Known<ImdsOptions>;
  /**
   * IaC: the launch template (id, name or token) the declaration launches from, whose
   * metadata options apply when the instance sets none; null otherwise and for live
   * instances, whose `imds` is what is in force.
   */
  launchTemplate: Known<string | null>;
  /**
   * Live: whether a public IPv4 address is associated now. IaC: what the declaration asks for;
   * null when it leaves that to the subnet's MapPublicIpOnLaunch.
   */
  publicIp: Known<boolean | null>;
  /** null: no subnet named, so the default subnet of the default VPC (IaC). */
  subnetId: Known<string | null>;
  /** null: not in a VPC (EC2-Classic), or for IaC not stated by the instance. */
  vpcId: Known<string | null>;
  /** Instance profile ARN or name; null: none attached. */
  iamInstanceProfile: Known<string | null>;
  /** Detailed (1-minute) CloudWatch monitoring. */
  detailedMonitoring: Known<boolean>;
  ebsOptimized: Known<boolean>;
  /** Nitro Enclaves enabled: the host of a confidential workload. */
  enclave: Known<boolean>;
  /** Security group ids (or IaC tokens) of the instance's network interfaces. */
  securityGroups: Known<Known<string>[]>;
  /** Registered with Systems Manager and reporting (live only). */
  ssmManaged: Known<boolean>;
}

export interface Ec2VolumeProps {
  encrypted: Known<boolean>;
  /** Key ARN, id, alias or token; null: encrypted with the AWS managed key aws/ebs, or not encrypted. */
  kmsKeyId: Known<string | null>;
  /** Instances it is attached to (ids or IaC tokens). */
  attachedTo: Known<string>[];
}

export interface Ec2SnapshotProps {
  encrypted: Known<boolean>;
  /** Whether any AWS account may create a volume from it (createVolumePermission group `all`). */
  public: Known<boolean>;
}

export interface Ec2EbsEncryptionByDefaultProps {
  enabled: Known<boolean>;
  /** The default key new volumes are encrypted with; null: the AWS managed key aws/ebs. */
  kmsKeyId: Known<string | null>;
}

export interface Ec2ImageProps {
  imageId: Known<string>;
  /** Whether every AWS account may launch it (launch permission group `all`). */
  public: Known<boolean>;
}

export interface Ec2LaunchTemplateProps {
  /** The version judged: the default version's data. */
  version: Known<string>;
  imds: Known<ImdsOptions>;
  /** The first network interface's AssociatePublicIpAddress; null: the subnet decides. */
  publicIp: Known<boolean | null>;
  detailedMonitoring: Known<boolean>;
}

export interface AutoScalingLaunchConfigurationProps {
  imds: Known<ImdsOptions>;
  /** AssociatePublicIpAddress; null: the subnet decides. */
  publicIp: Known<boolean | null>;
  /** InstanceMonitoring.Enabled: detailed monitoring, on unless turned off. */
  detailedMonitoring: Known<boolean>;
}

export interface AutoScalingGroupProps {
  /** `EC2` or `ELB` (`ELB` also covers target groups); `VPC_LATTICE`, `EBS` exist too. */
  healthCheckType: Known<string>;
  /** Classic load balancer names and target group ARNs it registers instances with. */
  loadBalancers: Known<Known<string>[]>;
}

/** Model types of EC2, EBS, VPC networking, Auto Scaling and Systems Manager: props settled by every source's adapter. */
export interface Ec2PropsByType {
  'AWS::EC2::Instance': Ec2InstanceProps;
  'AWS::EC2::Volume': Ec2VolumeProps;
  'AWS::EC2::Snapshot': Ec2SnapshotProps;
  'AWS::EC2::EBSEncryptionByDefault': Ec2EbsEncryptionByDefaultProps;
  'AWS::EC2::Image': Ec2ImageProps;
  'AWS::EC2::SecurityGroup': Ec2SecurityGroupProps;
  'AWS::EC2::NetworkAcl': Ec2NetworkAclProps;
  'AWS::EC2::VPC': Ec2VpcProps;
  'AWS::EC2::Subnet': Ec2SubnetProps;
  'AWS::EC2::RouteTable': Ec2RouteTableProps;
  'AWS::EC2::InternetGateway': Ec2InternetGatewayProps;
  'AWS::EC2::VPNConnection': Ec2VpnConnectionProps;
  'AWS::EC2::LaunchTemplate': Ec2LaunchTemplateProps;
  'AWS::AutoScaling::LaunchConfiguration': AutoScalingLaunchConfigurationProps;
  'AWS::AutoScaling::AutoScalingGroup': AutoScalingGroupProps;
}

/** What resources of these types name of others. */
export const EC2_RELATIONS: readonly RelationSpec[] = [
  spec({ from: 'AWS::EC2::Instance', kind: 'runs-in', to: 'AWS::EC2::Subnet', refs: (p) => [p.subnetId] }),
  spec({ from: 'AWS::EC2::Instance', kind: 'runs-in', to: 'AWS::EC2::VPC', refs: (p) => [p.vpcId] }),
  spec({ from: 'AWS::EC2::Volume', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::EC2::EBSEncryptionByDefault', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({
    from: 'AWS::EC2::VPC',
    kind: 'logs-to',
    to: 'AWS::Logs::LogGroup',
    refs: (p) => known(p.flowLogs).map((f) => field(f, (x) => (x.destinationType === 'cloud-watch-logs' ? x.destination : null))),
  }),
  spec({
    from: 'AWS::EC2::VPC',
    kind: 'logs-to',
    to: 'AWS::S3::Bucket',
    refs: (p) => known(p.flowLogs).map((f) => field(f, (x) => (x.destinationType === 's3' && typeof x.destination === 'string' ? bucketOf(x.destination) : null))),
  }),
  spec({ from: 'AWS::EC2::Subnet', kind: 'runs-in', to: 'AWS::EC2::VPC', refs: (p) => [p.vpcId] }),
  spec({ from: 'AWS::EC2::SecurityGroup', kind: 'runs-in', to: 'AWS::EC2::VPC', refs: (p) => [p.vpcId] }),
  spec({ from: 'AWS::EC2::InternetGateway', kind: 'fronts', to: 'AWS::EC2::VPC', refs: (p) => p.attachedVpcIds }),
];

const known = <T>(list: Known<Known<T>[]>): Known<T>[] => (isUnknown(list) ? [list] : list);

/** `arn:aws:s3:::bucket/prefix/` → `arn:aws:s3:::bucket`, which the bucket answers to. */
function bucketOf(arn: string): string {
  const m = /^(arn:[^:]+:s3:::[^/]+)/.exec(arn);
  return m ? m[1]! : arn;
}
