import type { NaclEntry } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-network-acl-no-internet-ingress-all-ports.js';

const entry = (ruleNumber: number, action: 'allow' | 'deny', cidr = '0.0.0.0/0', protocol = '-1'): NaclEntry => ({
  ruleNumber,
  protocol,
  action,
  fromPort: protocol === '-1' ? null : 443,
  toPort: protocol === '-1' ? null : 443,
  cidr,
});
const acl = (ingress: NaclEntry[]) => resource('AWS::EC2::NetworkAcl', { ingress });

ruleTester(rule, {
  pass: [
    { name: 'HTTPS from the internet, then deny all', resource: acl([entry(100, 'allow', '0.0.0.0/0', 'tcp'), entry(32767, 'deny')]) },
    { name: 'a deny-all numbered before an allow-all', resource: acl([entry(200, 'allow'), entry(50, 'deny')]), message: /denied by #50/ },
    { name: 'all traffic from the VPC only', resource: acl([entry(100, 'allow', '10.0.0.0/16'), entry(32767, 'deny')]) },
  ],
  fail: [
    { name: 'the default ACL allow-all entry', resource: acl([entry(100, 'allow'), entry(32767, 'deny')]), message: /#100 allow all traffic from 0\.0\.0\.0\/0/ },
    { name: 'allow-all from ::/0', resource: acl([entry(101, 'allow', '::/0')]) },
    { name: 'a template ACL entry allowing everything', resource: resource('AWS::EC2::NetworkAcl', { ingress: [entry(100, 'allow')] }, { origin: iacOrigin('PublicAcl') }) },
  ],
  not_assessed: [{ name: 'a CIDR from an unresolved parameter', resource: acl([{ ...entry(100, 'allow'), cidr: unknown('parameter Cidr has no value') }]) }],
});
