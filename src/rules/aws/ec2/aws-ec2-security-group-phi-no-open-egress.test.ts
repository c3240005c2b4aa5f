import type { SgRule } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-security-group-phi-no-open-egress.js';

const PHI = { phi: 'true' };
const all = (cidr: string): SgRule => ({ protocol: '-1', fromPort: null, toPort: null, peer: { kind: cidr.includes(':') ? 'ipv6' : 'ipv4', cidr } });
const https = (cidr: string): SgRule => ({ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'ipv4', cidr } });
const SG_ARN = `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-app`;
const sg = (egress: SgRule[], tags: Record<string, string> = PHI) =>
  resource('AWS::EC2::SecurityGroup', { egress }, { tags, id: SG_ARN, refs: ['sg-app', SG_ARN] });
const phiInstance = resource('AWS::EC2::Instance', { securityGroups: ['sg-app'] }, { tags: PHI });
const instancesListed = [{ provider: 'aws' as const, account: ACCOUNT, type: 'AWS::EC2::Instance' as const, complete: true, reasons: [] }];

ruleTester(rule, {
  pass: [
    { name: 'PHI group sending only HTTPS to the VPC', resource: sg([https('10.0.0.0/16')]) },
    { name: 'PHI group with no egress at all', resource: sg([]) },
  ],
  fail: [
    { name: 'PHI-tagged group with the default allow-all egress', resource: sg([all('0.0.0.0/0')]), message: /all traffic to 0\.0\.0\.0\/0/ },
    { name: 'HTTPS to anywhere over IPv4', resource: sg([https('0.0.0.0/0')]) },
    {
      name: 'untagged group used by a PHI-tagged instance',
      resource: sg([all('::/0')], {}),
      others: [phiInstance],
      coverage: instancesListed,
    },
  ],
  not_assessed: [{ name: 'egress could not be read', resource: resource('AWS::EC2::SecurityGroup', { egress: unknown('AccessDenied on ec2:DescribeSecurityGroups') }, { tags: PHI }) }],
  not_applicable: [
    { name: 'a group outside PHI scope', resource: sg([all('0.0.0.0/0')], {}) },
    { name: 'an untagged group used only by untagged instances', resource: sg([all('0.0.0.0/0')], {}), others: [resource('AWS::EC2::Instance', { securityGroups: ['sg-app'] })] },
  ],
});
