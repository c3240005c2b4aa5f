import type { Route } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-route-table-no-internet-route-to-igw.js';

const local: Route = { destination: '10.0.0.0/16', target: 'local', targetKind: 'local' };
const table = (routes: Route[]) => resource('AWS::EC2::RouteTable', { routes: [local, ...routes] });

ruleTester(rule, {
  pass: [
    { name: 'default route through NAT', resource: table([{ destination: '0.0.0.0/0', target: 'nat-1', targetKind: 'nat' }]) },
    { name: 'IPv6 default through an egress-only gateway', resource: table([{ destination: '::/0', target: 'eigw-1', targetKind: 'eigw' }]) },
    {
      name: 'a template default route to a gateway that is not an internet gateway',
      resource: resource('AWS::EC2::RouteTable', { routes: [{ destination: '0.0.0.0/0', target: 'ref:t#Vgw', targetKind: 'gateway' }] }, { origin: iacOrigin('VpnRoutes') }),
    },
    { name: 'a narrow route to the internet gateway', resource: table([{ destination: '198.51.100.0/24', target: 'igw-1', targetKind: 'igw' }]) },
  ],
  fail: [
    { name: 'IPv4 default to the internet gateway', resource: table([{ destination: '0.0.0.0/0', target: 'igw-1', targetKind: 'igw' }]), message: /0\.0\.0\.0\/0 → igw-1/ },
    { name: 'IPv6 default to the internet gateway', resource: table([{ destination: '::/0', target: 'igw-1', targetKind: 'igw' }]) },
    {
      name: 'a template route to a declared gateway',
      resource: resource('AWS::EC2::RouteTable', { routes: [{ destination: '0.0.0.0/0', target: 'ref:t#Igw', targetKind: 'gateway' }] }, { origin: iacOrigin('PublicRoutes') }),
      others: [resource('AWS::EC2::InternetGateway', {}, { origin: iacOrigin('Igw'), refs: ['ref:t#Igw'] })],
    },
  ],
  not_assessed: [{ name: 'a destination from an unresolved parameter', resource: table([{ destination: unknown('parameter Dest has no value'), target: 'igw-1', targetKind: 'igw' }]) }],
});
