import { describeEntry, isWorldCidr } from '../../../analysis/ec2-exposure.js';
import type { NaclEntry } from '../../../model/aws/ec2-network.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-network-acl-no-internet-ingress-all-ports',
    title: 'Network ACL does not allow all inbound traffic from the internet',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EC2::NetworkAcl'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['nacl-no-unrestricted-ingress'],
    rationale:
      'Network ACLs are the subnet-wide second layer behind security groups. An ACL that allows every protocol and ' +
      'port from 0.0.0.0/0 adds nothing, so a single permissive security group in a subnet holding PHI is then ' +
      'the only thing between the internet and the data.',
    remediation: {
      text: 'Replace the allow-all inbound entry from 0.0.0.0/0 (or ::/0) with entries for the ports the subnet serves (and ephemeral ports for return traffic), ahead of the final deny.',
      cli: 'aws ec2 replace-network-acl-entry --network-acl-id acl-XXXX --ingress --rule-number 100 --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow',
      terraform: 'resource "aws_network_acl_rule" "https_in" {\n  network_acl_id = aws_network_acl.private.id\n  rule_number    = 100\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = "10.0.0.0/16"\n  from_port      = 443\n  to_port        = 443\n}',
      cloudformation: 'HttpsIn:\n  Type: AWS::EC2::NetworkAclEntry\n  Properties:\n    NetworkAclId: !Ref PrivateAcl\n    RuleNumber: 100\n    Protocol: 6\n    RuleAction: allow\n    CidrBlock: 10.0.0.0/16\n    PortRange: { From: 443, To: 443 }',
    },
  },
  evaluate(acl) {
    const entries = acl.props.ingress;
    if (isUnknown(entries)) return unknownResult('ingress', entries);
    // Entries apply lowest number first; the first one matching all traffic from the internet decides.
    const sorted = [...entries].sort((a, b) => order(a) - order(b));
    for (const e of sorted) {
      if (isUnknown(e)) return unknownResult('ingress', e);
      if (isUnknown(e.cidr)) return unknownResult('ingress.cidr', e.cidr);
      if (!isWorldCidr(e.cidr)) continue;
      if (isUnknown(e.protocol)) return unknownResult('ingress.protocol', e.protocol);
      if (e.protocol !== '-1') continue;
      if (isUnknown(e.action)) return unknownResult('ingress.action', e.action);
      const seen = ev('ingress', describeEntry(e));
      if (e.action === 'allow') return fail(`Entry ${describeEntry(e)} allows every protocol and port from the internet.`, seen);
      return pass(`All traffic from ${e.cidr} is denied by ${describeEntry(e)} before any allow-all.`, seen);
    }
    return pass('No entry allows every protocol and port from the internet.', ev('ingress', entries.length));
  },
});

function order(e: NaclEntry | { $unknown: string }): number {
  // An unreadable entry sorts first, so the rule stops on it rather than skip it.
  return 'ruleNumber' in e && typeof e.ruleNumber === 'number' ? e.ruleNumber : -1;
}
