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
  type FlowLog,
  type IpPermission,
  type NetworkAclEntry,
  type Route as ApiRoute,
  type VpcEndpoint,
} from '@aws-sdk/client-ec2';
import { gatewayKind, normalizeProtocol, portsOf } from '../../../analysis/ec2-exposure.js';
import type { FlowLogRef, NaclEntry, Route, SgRule, VpcEndpointRef } from '../../../model/aws/ec2-network.js';
import { type Known, unknown } from '../../../model/unknown.js';
import type { Listing } from '../caller.js';
import type { AwsContext, ServiceCollector } from '../context.js';
import { addEc2, joinProblem } from './shared.js';

/** VPC networking: security groups, network ACLs, VPCs with their flow logs and endpoints, subnets, routes, gateways, VPN. */
const permissions = {
  'ec2:DescribeSecurityGroups': 'ec2:DescribeSecurityGroups',
  'ec2:DescribeNetworkAcls': 'ec2:DescribeNetworkAcls',
  'ec2:DescribeVpcs': 'ec2:DescribeVpcs',
  'ec2:DescribeFlowLogs': 'ec2:DescribeFlowLogs',
  'ec2:DescribeVpcEndpoints': 'ec2:DescribeVpcEndpoints',
  'ec2:DescribeSubnets': 'ec2:DescribeSubnets',
  'ec2:DescribeRouteTables': 'ec2:DescribeRouteTables',
  'ec2:DescribeInternetGateways': 'ec2:DescribeInternetGateways',
  'ec2:DescribeVpnConnections': 'ec2:DescribeVpnConnections',
};

export const networkCollector: ServiceCollector = {
  service: 'ec2',
  types: [
    'AWS::EC2::SecurityGroup',
    'AWS::EC2::NetworkAcl',
    'AWS::EC2::VPC',
    'AWS::EC2::Subnet',
    'AWS::EC2::RouteTable',
    'AWS::EC2::InternetGateway',
    'AWS::EC2::VPNConnection',
  ],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const next = (o: { NextToken?: string }): string | undefined => o.NextToken;

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  await Promise.all([
    securityGroups(ctx, region),
    networkAcls(ctx, region),
    vpcs(ctx, region),
    subnets(ctx, region),
    routeTables(ctx, region),
    internetGateways(ctx, region),
    vpnConnections(ctx, region),
  ]);
}

/** One API IpPermission (several ranges, groups, prefix lists) as one rule per peer. */
export function sgRules(perms: IpPermission[] | undefined): SgRule[] {
  const out: SgRule[] = [];
  for (const p of perms ?? []) {
    const protocol = normalizeProtocol(p.IpProtocol ?? '-1');
    const ports = portsOf(protocol, p.FromPort ?? null, p.ToPort ?? null);
    const add = (peer: SgRule['peer']) => out.push({ protocol, ...ports, peer });
    for (const r of p.IpRanges ?? []) if (r.CidrIp) add({ kind: 'ipv4', cidr: r.CidrIp });
    for (const r of p.Ipv6Ranges ?? []) if (r.CidrIpv6) add({ kind: 'ipv6', cidr: r.CidrIpv6 });
    for (const r of p.PrefixListIds ?? []) if (r.PrefixListId) add({ kind: 'prefix-list', id: r.PrefixListId });
    for (const r of p.UserIdGroupPairs ?? []) if (r.GroupId) add({ kind: 'group', id: r.GroupId });
  }
  return out;
}

async function securityGroups(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ec2',
    region,
    (NextToken) => new DescribeSecurityGroupsCommand({ MaxResults: 1000, NextToken }),
    (o) => o.SecurityGroups,
    next,
  );
  ctx.listed('AWS::EC2::SecurityGroup', 'ec2', region, listing.failure);
  for (const g of listing.items) {
    if (!g.GroupId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::SecurityGroup',
      kind: 'security-group',
      id: g.GroupId,
      arn: g.SecurityGroupArn,
      tags: g.Tags,
      calls: listing.calls,
      props: {
        groupName: g.GroupName ?? unknown('ec2:DescribeSecurityGroups returned no GroupName'),
        isDefault: g.GroupName === 'default',
        vpcId: g.VpcId ?? null,
        ingress: sgRules(g.IpPermissions),
        egress: sgRules(g.IpPermissionsEgress),
      },
    });
  }
}

function naclEntry(e: NetworkAclEntry): NaclEntry {
  const protocol = normalizeProtocol(e.Protocol ?? '-1');
  const action = e.RuleAction === 'allow' || e.RuleAction === 'deny' ? e.RuleAction : unknown(`unrecognised RuleAction ${String(e.RuleAction)}`);
  return {
    ruleNumber: e.RuleNumber ?? unknown('no RuleNumber'),
    protocol,
    action,
    ...portsOf(protocol, e.PortRange?.From ?? null, e.PortRange?.To ?? null),
    cidr: e.CidrBlock ?? e.Ipv6CidrBlock ?? unknown('entry names no CIDR'),
  };
}

async function networkAcls(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ec2',
    region,
    (NextToken) => new DescribeNetworkAclsCommand({ MaxResults: 1000, NextToken }),
    (o) => o.NetworkAcls,
    next,
  );
  ctx.listed('AWS::EC2::NetworkAcl', 'ec2', region, listing.failure);
  for (const acl of listing.items) {
    if (!acl.NetworkAclId) continue;
    const entries = acl.Entries ?? [];
    addEc2(ctx, region, {
      type: 'AWS::EC2::NetworkAcl',
      kind: 'network-acl',
      id: acl.NetworkAclId,
      tags: acl.Tags,
      calls: listing.calls,
      props: {
        vpcId: acl.VpcId ?? null,
        isDefault: acl.IsDefault ?? false,
        ingress: entries.filter((e) => !e.Egress).map(naclEntry),
        egress: entries.filter((e) => e.Egress).map(naclEntry),
      },
    });
  }
}

/** What a joined listing gives each VPC: its items, or unknown when the listing stopped early. */
function joinedBy<T, R>(listing: Listing<T>, vpcOf: (t: T) => string | undefined, map: (t: T) => R): (vpcId: string) => Known<R[]> {
  const byVpc = new Map<string, R[]>();
  for (const item of listing.items) {
    const vpc = vpcOf(item);
    if (!vpc) continue;
    const list = byVpc.get(vpc) ?? [];
    list.push(map(item));
    byVpc.set(vpc, list);
  }
  // A partial listing cannot prove a VPC has none.
  return (vpcId) => (listing.failure ? unknown(listing.failure.reason) : (byVpc.get(vpcId) ?? []));
}

function flowLogRef(f: FlowLog): FlowLogRef {
  const destinationType = f.LogDestinationType ?? 'cloud-watch-logs';
  return {
    destinationType,
    // Older flow logs to CloudWatch Logs carry only the group's name.
    destination: f.LogDestination ?? f.LogGroupName ?? null,
    trafficType: f.TrafficType ?? unknown('ec2:DescribeFlowLogs returned no TrafficType'),
  };
}

function endpointRef(e: VpcEndpoint): VpcEndpointRef {
  return {
    serviceName: e.ServiceName ?? unknown('ec2:DescribeVpcEndpoints returned no ServiceName'),
    endpointType: e.VpcEndpointType ?? unknown('ec2:DescribeVpcEndpoints returned no VpcEndpointType'),
  };
}

async function vpcs(ctx: AwsContext, region: string): Promise<void> {
  const [listing, flowLogs, endpoints] = await Promise.all([
    ctx.list('ec2', region, (NextToken) => new DescribeVpcsCommand({ MaxResults: 1000, NextToken }), (o) => o.Vpcs, next),
    ctx.list('ec2', region, (NextToken) => new DescribeFlowLogsCommand({ MaxResults: 1000, NextToken }), (o) => o.FlowLogs, next),
    // Endpoints being deleted or rejected carry no traffic.
    ctx.list(
      'ec2',
      region,
      (NextToken) =>
        new DescribeVpcEndpointsCommand({
          MaxResults: 1000,
          NextToken,
          Filters: [{ Name: 'vpc-endpoint-state', Values: ['available', 'pending', 'pendingAcceptance'] }],
        }),
      (o) => o.VpcEndpoints,
      next,
    ),
  ]);
  ctx.listed('AWS::EC2::VPC', 'ec2', region, listing.failure);
  joinProblem(ctx, 'ec2', region, 'VPC flow logs', flowLogs.failure);
  joinProblem(ctx, 'ec2', region, 'VPC endpoints', endpoints.failure);
  // Only flow logs on the VPC itself cover all of its traffic; subnet and interface logs cover part.
  const logsOf = joinedBy(flowLogs, (f) => (f.ResourceId?.startsWith('vpc-') ? f.ResourceId : undefined), flowLogRef);
  const endpointsOf = joinedBy(endpoints, (e) => e.VpcId, endpointRef);
  for (const v of listing.items) {
    if (!v.VpcId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::VPC',
      kind: 'vpc',
      id: v.VpcId,
      tags: v.Tags,
      calls: [...listing.calls, ...flowLogs.calls, ...endpoints.calls],
      props: { vpcId: v.VpcId, isDefault: v.IsDefault ?? false, flowLogs: logsOf(v.VpcId), endpoints: endpointsOf(v.VpcId) },
    });
  }
}

async function subnets(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ec2',
    region,
    (NextToken) => new DescribeSubnetsCommand({ MaxResults: 1000, NextToken }),
    (o) => o.Subnets,
    next,
  );
  ctx.listed('AWS::EC2::Subnet', 'ec2', region, listing.failure);
  for (const s of listing.items) {
    if (!s.SubnetId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::Subnet',
      kind: 'subnet',
      id: s.SubnetId,
      arn: s.SubnetArn,
      tags: s.Tags,
      calls: listing.calls,
      props: { vpcId: s.VpcId ?? null, mapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false, isDefault: s.DefaultForAz ?? false },
    });
  }
}

/** The route's target and what kind of thing it is, from whichever target field is set. */
function route(r: ApiRoute): Route {
  const destination = r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId ?? unknown('route has no destination');
  const targets: [string | undefined, string][] = [
    [r.EgressOnlyInternetGatewayId, 'eigw'],
    [r.NatGatewayId, 'nat'],
    [r.TransitGatewayId, 'tgw'],
    [r.VpcPeeringConnectionId, 'pcx'],
    [r.InstanceId, 'instance'],
    [r.NetworkInterfaceId, 'eni'],
    [r.CarrierGatewayId, 'other'],
    [r.LocalGatewayId, 'other'],
    [r.CoreNetworkArn, 'other'],
  ];
  // GatewayId holds internet gateways, virtual private gateways, gateway endpoints and `local`.
  const gw = r.GatewayId;
  if (gw) return { destination, target: gw, targetKind: gatewayKind(gw) };
  const hit = targets.find(([id]) => id);
  return hit ? { destination, target: hit[0]!, targetKind: hit[1] } : { destination, target: unknown('route names no target'), targetKind: 'other' };
}

async function routeTables(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ec2',
    region,
    (NextToken) => new DescribeRouteTablesCommand({ MaxResults: 100, NextToken }),
    (o) => o.RouteTables,
    next,
  );
  ctx.listed('AWS::EC2::RouteTable', 'ec2', region, listing.failure);
  for (const t of listing.items) {
    if (!t.RouteTableId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::RouteTable',
      kind: 'route-table',
      id: t.RouteTableId,
      tags: t.Tags,
      calls: listing.calls,
      props: { vpcId: t.VpcId ?? null, routes: (t.Routes ?? []).map(route) },
    });
  }
}

async function internetGateways(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ec2',
    region,
    (NextToken) => new DescribeInternetGatewaysCommand({ MaxResults: 1000, NextToken }),
    (o) => o.InternetGateways,
    next,
  );
  ctx.listed('AWS::EC2::InternetGateway', 'ec2', region, listing.failure);
  for (const g of listing.items) {
    if (!g.InternetGatewayId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::InternetGateway',
      kind: 'internet-gateway',
      id: g.InternetGatewayId,
      tags: g.Tags,
      calls: listing.calls,
      props: { attachedVpcIds: (g.Attachments ?? []).flatMap((a) => (a.VpcId && a.State !== 'detached' ? [a.VpcId] : [])) },
    });
  }
}

async function vpnConnections(ctx: AwsContext, region: string): Promise<void> {
  // DescribeVpnConnections is not paginated; deleted connections linger for a while.
  const res = await ctx.call(
    'ec2',
    region,
    new DescribeVpnConnectionsCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available'] }] }),
  );
  ctx.listed('AWS::EC2::VPNConnection', 'ec2', region, res.ok ? undefined : res.failure);
  if (!res.ok) return;
  for (const c of res.value.VpnConnections ?? []) {
    if (!c.VpnConnectionId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::VPNConnection',
      kind: 'vpn-connection',
      id: c.VpnConnectionId,
      tags: c.Tags,
      calls: [res.call],
      props: {
        state: c.State ?? unknown('ec2:DescribeVpnConnections returned no State'),
        tunnels: (c.VgwTelemetry ?? []).map((t) => ({ outsideIp: t.OutsideIpAddress ?? '', status: t.Status ?? 'DOWN' })),
      },
    });
  }
}
