import { isWorldCidr } from '../../../analysis/ec2-exposure.js';
import type { Route } from '../../../model/aws/ec2-network.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-route-table-no-internet-route-to-igw',
    title: 'Route table has no default route (0.0.0.0/0 or ::/0) to an internet gateway',
    severity: 'medium',
    hipaa: ['164.312(e)(1)'],
    resourceTypes: ['AWS::EC2::RouteTable'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['vpc-no-unrestricted-route-to-igw'],
    rationale:
      'A default route to an internet gateway makes every subnet using the table public: instances with a public ' +
      'address are reachable, and traffic leaves without passing a NAT, proxy or firewall. Subnets holding PHI ' +
      'should route out through NAT or endpoints; public tables belong only to load balancer and NAT subnets.',
    remediation: {
      text: 'Route private subnets\' default traffic through a NAT gateway or firewall; keep default routes to the internet gateway only in tables of public (load balancer, NAT) subnets, and suppress this finding for them.',
      cli: 'aws ec2 replace-route --route-table-id rtb-XXXX --destination-cidr-block 0.0.0.0/0 --nat-gateway-id nat-XXXX',
      terraform: 'resource "aws_route" "private_default" {\n  route_table_id         = aws_route_table.private.id\n  destination_cidr_block = "0.0.0.0/0"\n  nat_gateway_id         = aws_nat_gateway.main.id\n}',
      cloudformation: 'PrivateDefaultRoute:\n  Type: AWS::EC2::Route\n  Properties:\n    RouteTableId: !Ref PrivateRouteTable\n    DestinationCidrBlock: 0.0.0.0/0\n    NatGatewayId: !Ref NatGateway',
    },
  },
  evaluate(table, ctx) {
    const routes = table.props.routes;
    if (isUnknown(routes)) return unknownResult('routes', routes);
    const open: Route[] = [];
    let undecided: { $unknown: string } | undefined;
    for (const r of routes) {
      if (isUnknown(r)) {
        undecided ??= r;
        continue;
      }
      if (isUnknown(r.destination) || isUnknown(r.targetKind)) {
        undecided ??= isUnknown(r.destination) ? r.destination : (r.targetKind as { $unknown: string });
        continue;
      }
      if (!isWorldCidr(r.destination)) continue;
      // A template's GatewayId reference is an internet gateway when it names one.
      const igw = r.targetKind === 'igw' || (r.targetKind === 'gateway' && ctx.lookup('AWS::EC2::InternetGateway', r.target, table) !== undefined);
      if (igw) open.push(r);
    }
    if (open.length > 0) {
      const shown = open.map((r) => `${String(r.destination)} → ${isUnknown(r.target) ? '?' : r.target}`);
      return fail(`The table routes the whole internet to an internet gateway: ${shown.join(', ')}.`, ev('routes', shown));
    }
    if (undecided) return unknownResult('routes', undecided);
    return pass('No default route leads to an internet gateway.', ev('routes', routes.length));
  },
});
