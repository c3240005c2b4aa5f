import { gatewayKind, normalizeProtocol, portsOf } from '../../../../analysis/ec2-exposure.js';
import type { FlowLogRef, NaclEntry, Route, SgRule, VpcEndpointRef } from '../../../../model/aws/ec2-network.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asNumber, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

type Json = unknown;
type Exists = Known<boolean>;

/** A joined rule that may not exist (undecidable condition) is unknown in the list it joins. */
const ifExists = <T>(exists: Exists, value: Known<T>): Known<T> => (exists === true ? value : (exists as { $unknown: string }));

function protocolOf(v: Json, what: string): Known<string> {
  const p = asString(v, what);
  if (p === undefined) return unknown(`${what} is required but not declared`);
  return isUnknown(p) ? p : normalizeProtocol(p);
}

function port(v: Json, what: string): Known<number | null> {
  return asNumber(v, what) ?? null;
}

/**
 * One CloudFormation rule (inline or a standalone SecurityGroupIngress/Egress) as one
 * normalised rule: it names exactly one peer.
 */
export function cfnSgRule(r: Json, direction: 'ingress' | 'egress'): Known<SgRule> {
  if (isUnknown(r)) return r;
  const protocol = protocolOf(at(r, 'IpProtocol'), 'IpProtocol');
  const ports = portsOf(protocol, port(at(r, 'FromPort'), 'FromPort'), port(at(r, 'ToPort'), 'ToPort'));
  const [prefix, group] = direction === 'ingress' ? ['SourcePrefixListId', 'SourceSecurityGroupId'] : ['DestinationPrefixListId', 'DestinationSecurityGroupId'];
  const cidr4 = asString(at(r, 'CidrIp'), 'CidrIp');
  const cidr6 = asString(at(r, 'CidrIpv6'), 'CidrIpv6');
  const pl = asString(at(r, prefix), prefix);
  const sg = asString(at(r, group), group) ?? (direction === 'ingress' ? asString(at(r, 'SourceSecurityGroupName'), 'SourceSecurityGroupName') : undefined);
  const peer: Known<SgRule['peer']> =
    cidr4 !== undefined
      ? { kind: 'ipv4', cidr: cidr4 }
      : cidr6 !== undefined
        ? { kind: 'ipv6', cidr: cidr6 }
        : pl !== undefined
          ? { kind: 'prefix-list', id: pl }
          : sg !== undefined
            ? { kind: 'group', id: sg }
            : unknown('the rule names no CIDR, prefix list or security group');
  return { protocol, ...ports, peer };
}

function ruleList(p: Json, prop: string, direction: 'ingress' | 'egress'): Known<Known<SgRule>[]> | undefined {
  const list = asList(at(p, prop), prop);
  if (list === undefined || isUnknown(list)) return list;
  return list.map((r) => cfnSgRule(r, direction));
}

// Without declared egress rules, EC2 adds allow-all egress for IPv4 and IPv6.
const ALLOW_ALL_EGRESS: SgRule[] = [
  { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } },
  { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'ipv6', cidr: '::/0' } },
];

export function securityGroup(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::SecurityGroup'> {
  const p = res.properties;
  const declared = asString(at(p, 'GroupName'), 'GroupName');
  const id = namedIdentity(res, ctx, declared);
  return iacResource(res, ctx, {
    type: 'AWS::EC2::SecurityGroup',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      groupName: declared ?? unknown('GroupName is not declared: CloudFormation generates it at deploy time'),
      // CloudFormation cannot create or adopt a VPC's default group.
      isDefault: false,
      // No VpcId: the default VPC.
      vpcId: asString(at(p, 'VpcId'), 'VpcId') ?? null,
      ingress: ruleList(p, 'SecurityGroupIngress', 'ingress') ?? [],
      egress: ruleList(p, 'SecurityGroupEgress', 'egress') ?? [...ALLOW_ALL_EGRESS],
    },
  });
}

function pushRule(list: Known<Known<SgRule>[]>, rule: Known<SgRule>): void {
  if (!isUnknown(list)) list.push(rule);
}

/** Standalone rules add to their group; a group's default egress stays (EC2 added it at creation). */
export const sgIngressJoin = join({
  type: 'AWS::EC2::SecurityGroupIngress',
  target: 'AWS::EC2::SecurityGroup',
  via: 'GroupId',
  attach: (rule, group, _ctx, exists) => pushRule(group.props.ingress, ifExists(exists, cfnSgRule(rule.properties, 'ingress'))),
});

export const sgEgressJoin = join({
  type: 'AWS::EC2::SecurityGroupEgress',
  target: 'AWS::EC2::SecurityGroup',
  via: 'GroupId',
  attach: (rule, group, _ctx, exists) => pushRule(group.props.egress, ifExists(exists, cfnSgRule(rule.properties, 'egress'))),
});

export function networkAcl(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::NetworkAcl'> {
  const p = res.properties;
  return iacResource(res, ctx, {
    type: 'AWS::EC2::NetworkAcl',
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    // A new ACL denies everything until entries are added (its built-in `*` rule).
    props: { vpcId: asString(at(p, 'VpcId'), 'VpcId') ?? unknown('VpcId is required but not declared'), isDefault: false, ingress: [], egress: [] },
  });
}

function naclEntry(p: Json): NaclEntry {
  const protocol = protocolOf(at(p, 'Protocol'), 'Protocol');
  const action = asString(at(p, 'RuleAction'), 'RuleAction');
  const lower = typeof action === 'string' ? action.toLowerCase() : action;
  return {
    ruleNumber: asNumber(at(p, 'RuleNumber'), 'RuleNumber') ?? unknown('RuleNumber is required but not declared'),
    protocol,
    action: lower === 'allow' || lower === 'deny' ? lower : isUnknown(lower) ? lower : unknown(`RuleAction ${String(action)} is not allow or deny`),
    ...portsOf(protocol, port(at(p, 'PortRange', 'From'), 'PortRange.From'), port(at(p, 'PortRange', 'To'), 'PortRange.To')),
    cidr: asString(at(p, 'CidrBlock'), 'CidrBlock') ?? asString(at(p, 'Ipv6CidrBlock'), 'Ipv6CidrBlock') ?? unknown('the entry names no CIDR'),
  };
}

export const naclEntryJoin = join({
  type: 'AWS::EC2::NetworkAclEntry',
  target: 'AWS::EC2::NetworkAcl',
  via: 'NetworkAclId',
  attach(entry, acl, _ctx, exists) {
    const egress = asBoolean(at(entry.properties, 'Egress'), 'Egress') ?? false;
    const value = ifExists(exists, naclEntry(entry.properties));
    if (isUnknown(egress)) {
      // Which direction is unknown: it may be in either list.
      for (const list of [acl.props.ingress, acl.props.egress]) if (!isUnknown(list)) list.push(egress);
      return;
    }
    const list = egress ? acl.props.egress : acl.props.ingress;
    if (!isUnknown(list)) list.push(value);
  },
});

export function vpc(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::VPC'> {
  const token = ctx.token(res.logicalId);
  return iacResource(res, ctx, {
    type: 'AWS::EC2::VPC',
    name: res.logicalId,
    tags: tagsOf(at(res.properties, 'Tags')),
    refs: [token],
    props: { vpcId: token, isDefault: false, flowLogs: [], endpoints: [] },
  });
}

function flowLog(p: Json): FlowLogRef {
  const type = asString(at(p, 'LogDestinationType'), 'LogDestinationType') ?? 'cloud-watch-logs';
  return {
    destinationType: type,
    destination: asString(at(p, 'LogDestination'), 'LogDestination') ?? asString(at(p, 'LogGroupName'), 'LogGroupName') ?? null,
    trafficType: asString(at(p, 'TrafficType'), 'TrafficType') ?? 'ALL',
  };
}

/** A flow log on a VPC (ResourceType VPC) joins it; flow logs on subnets or interfaces cover part of one. */
export const flowLogJoin = join({
  type: 'AWS::EC2::FlowLog',
  target: 'AWS::EC2::VPC',
  via: 'ResourceId',
  attach(log, target, _ctx, exists) {
    const kind = asString(at(log.properties, 'ResourceType'), 'ResourceType');
    if (kind !== 'VPC' && !isUnknown(kind)) return;
    const value: Known<FlowLogRef> = isUnknown(kind) ? kind : flowLog(log.properties);
    if (!isUnknown(target.props.flowLogs)) target.props.flowLogs.push(ifExists(exists, value));
  },
});

function endpoint(p: Json): VpcEndpointRef {
  return {
    serviceName: asString(at(p, 'ServiceName'), 'ServiceName') ?? unknown('ServiceName is required but not declared'),
    // CloudFormation's default endpoint type.
    endpointType: asString(at(p, 'VpcEndpointType'), 'VpcEndpointType') ?? 'Gateway',
  };
}

export const vpcEndpointJoin = join({
  type: 'AWS::EC2::VPCEndpoint',
  target: 'AWS::EC2::VPC',
  via: 'VpcId',
  attach(ep, target, _ctx, exists) {
    if (!isUnknown(target.props.endpoints)) target.props.endpoints.push(ifExists(exists, endpoint(ep.properties)));
  },
});

export function subnet(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::Subnet'> {
  const p = res.properties;
  return iacResource(res, ctx, {
    type: 'AWS::EC2::Subnet',
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      vpcId: asString(at(p, 'VpcId'), 'VpcId') ?? unknown('VpcId is required but not declared'),
      mapPublicIpOnLaunch: asBoolean(at(p, 'MapPublicIpOnLaunch'), 'MapPublicIpOnLaunch') ?? false,
      isDefault: false,
    },
  });
}

export function routeTable(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::RouteTable'> {
  const p = res.properties;
  return iacResource(res, ctx, {
    type: 'AWS::EC2::RouteTable',
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: { vpcId: asString(at(p, 'VpcId'), 'VpcId') ?? unknown('VpcId is required but not declared'), routes: [] },
  });
}

/** Route targets by property; GatewayId holds internet and virtual private gateways alike. */
const TARGETS: readonly [string, string][] = [
  ['EgressOnlyInternetGatewayId', 'eigw'],
  ['NatGatewayId', 'nat'],
  ['TransitGatewayId', 'tgw'],
  ['VpcPeeringConnectionId', 'pcx'],
  ['InstanceId', 'instance'],
  ['NetworkInterfaceId', 'eni'],
  ['VpcEndpointId', 'vpce'],
  ['CarrierGatewayId', 'other'],
  ['LocalGatewayId', 'other'],
  ['CoreNetworkArn', 'other'],
];

function route(p: Json): Route {
  const destination =
    asString(at(p, 'DestinationCidrBlock'), 'DestinationCidrBlock') ??
    asString(at(p, 'DestinationIpv6CidrBlock'), 'DestinationIpv6CidrBlock') ??
    asString(at(p, 'DestinationPrefixListId'), 'DestinationPrefixListId') ??
    unknown('the route names no destination');
  const gw = asString(at(p, 'GatewayId'), 'GatewayId');
  if (gw !== undefined) {
    if (isUnknown(gw)) return { destination, target: gw, targetKind: gw };
    return { destination, target: gw, targetKind: gatewayKind(gw) };
  }
  for (const [prop, kind] of TARGETS) {
    const t = asString(at(p, prop), prop);
    if (t !== undefined) return { destination, target: t, targetKind: kind };
  }
  return { destination, target: unknown('the route names no target'), targetKind: 'other' };
}

export const routeJoin = join({
  type: 'AWS::EC2::Route',
  target: 'AWS::EC2::RouteTable',
  via: 'RouteTableId',
  attach(r, table, _ctx, exists) {
    if (!isUnknown(table.props.routes)) table.props.routes.push(ifExists(exists, route(r.properties)));
  },
});

export function internetGateway(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::InternetGateway'> {
  const token = ctx.token(res.logicalId);
  return iacResource(res, ctx, {
    type: 'AWS::EC2::InternetGateway',
    name: res.logicalId,
    tags: tagsOf(at(res.properties, 'Tags')),
    refs: [token],
    props: { attachedVpcIds: [] },
  });
}

/** VPCGatewayAttachment joins an internet gateway to its VPC (a VPN gateway attachment names no internet gateway). */
export const gatewayAttachmentJoin = join({
  type: 'AWS::EC2::VPCGatewayAttachment',
  target: 'AWS::EC2::InternetGateway',
  via: 'InternetGatewayId',
  attach(att, igw, _ctx, exists) {
    const vpcId = asString(at(att.properties, 'VpcId'), 'VpcId') ?? unknown('VpcId is required but not declared');
    igw.props.attachedVpcIds.push(ifExists(exists, vpcId));
  },
});
