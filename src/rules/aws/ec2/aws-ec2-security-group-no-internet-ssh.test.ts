import type { Ec2SecurityGroupProps, SgRule } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-security-group-no-internet-ssh.js';

const world = (protocol: string, fromPort: number | null, toPort: number | null, cidr = '0.0.0.0/0'): SgRule => ({
  protocol,
  fromPort,
  toPort,
  peer: { kind: cidr.includes(':') ? 'ipv6' : 'ipv4', cidr },
});
const group = (ingress: Ec2SecurityGroupProps['ingress']) => resource('AWS::EC2::SecurityGroup', { ingress });

ruleTester(rule, {
  pass: [
    { name: 'only HTTPS from the internet', resource: group([world('tcp', 443, 443)]) },
    { name: 'SSH from the corporate network only', resource: group([world('tcp', 22, 22, '10.0.0.0/8')]) },
    { name: 'SSH from another security group', resource: group([{ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'group', id: 'sg-bastion' } }]) },
    { name: 'UDP 22 from the internet is not SSH', resource: group([world('udp', 22, 22)]) },
    { name: 'no ingress at all', resource: group([]), message: /No ingress rule/ },
  ],
  fail: [
    { name: 'TCP 22 from 0.0.0.0/0', resource: group([world('tcp', 22, 22)]), message: /tcp 22 from 0\.0\.0\.0\/0/ },
    { name: 'TCP 22 from ::/0', resource: group([world('tcp', 22, 22, '::/0')]) },
    { name: 'a port range spanning 22', resource: group([world('tcp', 0, 1024)]) },
    { name: 'all traffic from the internet', resource: group([world('-1', null, null)]), message: /all traffic/ },
    {
      name: 'open SSH found despite another rule being unknown',
      resource: group([unknown('parameter Cidr has no value'), world('tcp', 22, 22)]),
      message: /SSH is open/,
    },
    { name: 'a template group with SSH open', resource: resource('AWS::EC2::SecurityGroup', { ingress: [world('tcp', 22, 22)] }, { origin: iacOrigin('BadSsh') }) },
  ],
  not_assessed: [
    { name: 'an ingress rule with an unresolved CIDR', resource: group([{ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'ipv4', cidr: unknown('variable admin_cidr has no value') } }]), message: /admin_cidr/ },
    { name: 'ingress rules unknown as a whole', resource: group(unknown('AccessDenied on ec2:DescribeSecurityGroups')) },
  ],
});
