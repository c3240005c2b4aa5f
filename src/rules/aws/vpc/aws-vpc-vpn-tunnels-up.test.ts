import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-vpn-tunnels-up.js';

const vpn = (...status: string[]) => resource('AWS::EC2::VPNConnection', { tunnels: status.map((s, i) => ({ outsideIp: `203.0.113.${i + 1}`, status: s })) });

ruleTester(rule, {
  pass: [{ name: 'both tunnels up', resource: vpn('UP', 'UP'), message: /All 2/ }],
  fail: [
    { name: 'one tunnel down', resource: vpn('UP', 'DOWN'), message: /1 of 2/ },
    { name: 'both down', resource: vpn('DOWN', 'DOWN') },
  ],
  not_assessed: [{ name: 'state unknown', resource: resource('AWS::EC2::VPNConnection', { state: unknown('ec2:DescribeVpnConnections returned no State') }) }],
  not_applicable: [{ name: 'a connection still pending', resource: resource('AWS::EC2::VPNConnection', { state: 'pending', tunnels: [] }) }],
});
