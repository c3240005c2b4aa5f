import type { Known } from '../unknown.js';

/**
 * One normalised security group rule: one protocol and port range for one peer, however
 * the source grouped them (an API IpPermission with several ranges, a Terraform block with
 * a list of CIDRs, a CloudFormation rule with one CidrIp).
 */
export interface SgRule {
  /**
   * `-1` (every protocol), `tcp`, `udp`, `icmp`, `icmpv6`, or another IANA protocol number
   * as text. Numbers 6/17/1/58 and Terraform's `all` are settled to those names.
   */
  protocol: Known<string>;
  /** null: every port (protocol `-1`, or a port-less protocol). For ICMP the type. */
  fromPort: Known<number | null>;
  toPort: Known<number | null>;
  peer: Known<SgPeer>;
}

export type SgPeer =
  | { kind: 'ipv4' | 'ipv6'; cidr: Known<string> }
  | { kind: 'prefix-list'; id: Known<string> }
  /** Another security group (or the group itself: `self`). */
  | { kind: 'group'; id: Known<string> };

export interface Ec2SecurityGroupProps {
  groupName: Known<string>;
  /** The group every VPC is created with, named `default`. */
  isDefault: Known<boolean>;
  vpcId: Known<string | null>;
  ingress: Known<Known<SgRule>[]>;
  egress: Known<Known<SgRule>[]>;
}

export interface NaclEntry {
  ruleNumber: Known<number>;
  /** `-1`, `tcp`, `udp`, `icmp`, `icmpv6` or a protocol number, settled as for security groups. */
  protocol: Known<string>;
  action: Known<'allow' | 'deny'>;
  /** null: every port. */
  fromPort: Known<number | null>;
  toPort: Known<number | null>;
  cidr: Known<string>;
}

export interface Ec2NetworkAclProps {
  vpcId: Known<string | null>;
  isDefault: Known<boolean>;
  ingress: Known<Known<NaclEntry>[]>;
  egress: Known<Known<NaclEntry>[]>;
}

export interface FlowLogRef {
  /** `cloud-watch-logs`, `s3` or `kinesis-data-firehose`. */
  destinationType: Known<string>;
  /** Log group name or ARN, bucket ARN or stream ARN; null when the source does not say. */
  destination: Known<string | null>;
  /** `ACCEPT`, `REJECT` or `ALL`. */
  trafficType: Known<string>;
}

export interface VpcEndpointRef {
  /** `com.amazonaws.us-east-1.s3`; templates often build it with `${AWS::Region}`. */
  serviceName: Known<string>;
  /** `Gateway`, `Interface`, `GatewayLoadBalancer`… */
  endpointType: Known<string>;
}

export interface Ec2VpcProps {
  vpcId: Known<string>;
  isDefault: Known<boolean>;
  /** Flow logs capturing this VPC's traffic, joined from the flow log resources. */
  flowLogs: Known<Known<FlowLogRef>[]>;
  /** VPC endpoints in this VPC, joined from the endpoint resources. */
  endpoints: Known<Known<VpcEndpointRef>[]>;
}

export interface Ec2SubnetProps {
  vpcId: Known<string | null>;
  mapPublicIpOnLaunch: Known<boolean>;
  /** The default subnets of a default VPC. */
  isDefault: Known<boolean>;
}

export interface Route {
  /** IPv4 or IPv6 CIDR, or a prefix list id. */
  destination: Known<string>;
  /** The target's id: `igw-…`, `nat-…`, `local`, a token… */
  target: Known<string>;
  /**
   * `igw` (internet gateway), `eigw` (egress-only), `vgw`, `nat`, `tgw`, `pcx`, `vpce`, `eni`,
   * `instance`, `local`, `other`; `gateway` for a template reference in GatewayId, which may
   * name an internet or a virtual private gateway.
   */
  targetKind: Known<string>;
}

export interface Ec2RouteTableProps {
  vpcId: Known<string | null>;
  routes: Known<Known<Route>[]>;
}

export interface Ec2InternetGatewayProps {
  /** The VPCs it is attached to (live: at most one), joined from attachments. */
  attachedVpcIds: Known<string>[];
}

export interface VpnTunnel {
  outsideIp: string;
  /** `UP` or `DOWN`. */
  status: string;
}

export interface Ec2VpnConnectionProps {
  /** `available`, `pending`, `deleting`, `deleted`. */
  state: Known<string>;
  tunnels: Known<VpnTunnel[]>;
}
