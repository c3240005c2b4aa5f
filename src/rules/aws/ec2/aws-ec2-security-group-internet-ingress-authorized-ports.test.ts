import type { Ec2SecurityGroupProps, SgRule } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-security-group-internet-ingress-authorized-ports.js';

const world = (protocol: string, fromPort: number | null, toPort: number | null, cidr = '0.0.0.0/0'): SgRule => ({
  protocol,
  fromPort,
  toPort,
  peer: { kind: cidr.includes(':') ? 'ipv6' : 'ipv4', cidr },
});
const group = (ingress: Ec2SecurityGroupProps['ingress']) => resource('AWS::EC2::SecurityGroup', { ingress });

ruleTester(rule, {
  pass: [
    { name: 'HTTPS and HTTP from the internet', resource: group([world('tcp', 443, 443), world('tcp', 80, 80, '::/0')]) },
    { name: 'ICMP path-MTU discovery from the internet', resource: group([world('icmp', 3, 4)]) },
    { name: 'anything from private addresses', resource: group([world('-1', null, null, '10.0.0.0/8')]) },
    { name: 'SMTP when 25 is authorised by option', resource: group([world('tcp', 25, 25)]), options: { authorizedPorts: [25] } },
  ],
  fail: [
    { name: 'TCP 8080 from the internet', resource: group([world('tcp', 8080, 8080)]), message: /tcp 8080/ },
    { name: 'a range 80-443 that spans unlisted ports', resource: group([world('tcp', 80, 443)]) },
    { name: 'all traffic from ::/0', resource: group([world('-1', null, null, '::/0')]) },
    { name: 'HTTP when only 443 is authorised by option', resource: group([world('tcp', 80, 80)]), options: { authorizedPorts: [443] } },
  ],
  not_assessed: [
    { name: 'an unknown protocol from the internet', resource: group([{ ...world('tcp', 0, 0), protocol: unknown('variable proto has no value') }]) },
  ],
});
