import type { Ec2SecurityGroupProps, SgRule } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-security-group-no-internet-admin-ports.js';

const world = (protocol: string, fromPort: number | null, toPort: number | null, cidr = '0.0.0.0/0'): SgRule => ({
  protocol,
  fromPort,
  toPort,
  peer: { kind: cidr.includes(':') ? 'ipv6' : 'ipv4', cidr },
});
const group = (ingress: Ec2SecurityGroupProps['ingress']) => resource('AWS::EC2::SecurityGroup', { ingress });

ruleTester(rule, {
  pass: [
    { name: 'HTTPS and HTTP from the internet', resource: group([world('tcp', 443, 443), world('tcp', 80, 80)]) },
    { name: 'PostgreSQL from the VPC only', resource: group([world('tcp', 5432, 5432, '10.0.0.0/16')]) },
    { name: 'MySQL open, but the port list was narrowed to RDP by option', resource: group([world('tcp', 3306, 3306)]), options: { ports: [3389] } },
  ],
  fail: [
    { name: 'RDP from 0.0.0.0/0', resource: group([world('tcp', 3389, 3389)]), message: /tcp 3389/ },
    { name: 'PostgreSQL from ::/0', resource: group([world('tcp', 5432, 5432, '::/0')]) },
    { name: 'every TCP port from the internet', resource: group([world('tcp', 0, 65535)]) },
    { name: 'all traffic from the internet', resource: group([world('-1', null, null)]) },
    { name: 'a template group with MongoDB open', resource: resource('AWS::EC2::SecurityGroup', { ingress: [world('tcp', 27017, 27017)] }, { origin: iacOrigin('BadMongo') }) },
  ],
  not_assessed: [
    { name: 'a rule whose port comes from an unresolved parameter', resource: group([{ ...world('tcp', 0, 0), fromPort: unknown('parameter DbPort has no value'), toPort: unknown('parameter DbPort has no value') }]), message: /DbPort/ },
  ],
});
