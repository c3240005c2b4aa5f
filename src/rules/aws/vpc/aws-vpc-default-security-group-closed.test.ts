import type { SgRule } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-default-security-group-closed.js';

const self: SgRule = { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'group', id: 'sg-default' } };
const anywhere: SgRule = { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } };
const dflt = (ingress: SgRule[], egress: SgRule[]) => resource('AWS::EC2::SecurityGroup', { groupName: 'default', isDefault: true, ingress, egress });

ruleTester(rule, {
  pass: [{ name: 'a default group emptied of rules', resource: dflt([], []), message: /no rules/ }],
  fail: [
    { name: 'the rules AWS creates it with', resource: dflt([self], [anywhere]), message: /1 inbound and 1 outbound/ },
    { name: 'only the outbound rule left', resource: dflt([], [anywhere]) },
  ],
  not_assessed: [
    { name: 'rules that could not be read', resource: resource('AWS::EC2::SecurityGroup', { isDefault: true, ingress: unknown('AccessDenied on ec2:DescribeSecurityGroups') }) },
  ],
  not_applicable: [{ name: 'a group the team created', resource: resource('AWS::EC2::SecurityGroup', { ingress: [anywhere] }) }],
});
