import { describeRule, fromWorld, matching, reachesPort } from '../../../analysis/ec2-exposure.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-no-internet-ssh',
    title: 'Security group admits no SSH (TCP 22) from the whole internet',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['sg-no-unrestricted-ssh'],
    rationale:
      'SSH open to 0.0.0.0/0 or ::/0 lets anyone on the internet try credentials and exploits against every ' +
      'instance in the group, which is how most brute-forced servers holding patient data are entered. Shell ' +
      'access belongs behind Session Manager, a VPN or a bastion reachable only from known addresses.',
    remediation: {
      text: 'Remove the rule admitting TCP 22 from 0.0.0.0/0 and ::/0; use Systems Manager Session Manager, or allow SSH only from known CIDRs or security groups.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id sg-XXXX --protocol tcp --port 22 --cidr 0.0.0.0/0',
      terraform:
        'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.app.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = "10.20.0.0/16" # not 0.0.0.0/0\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 22\n    ToPort: 22\n    CidrIp: 10.20.0.0/16 # not 0.0.0.0/0',
    },
  },
  evaluate(group) {
    const open = matching(group.props.ingress, fromWorld, (r) => reachesPort(r, 22));
    if (open.hits.length > 0) {
      const rules = open.hits.map(describeRule);
      return fail(`SSH is open to the internet: ${rules.join('; ')}.`, ev('ingress', rules));
    }
    if (open.unknown) return unknownResult('ingress', open.unknown);
    return pass('No ingress rule admits TCP 22 from 0.0.0.0/0 or ::/0.', ev('ingress', group.props.ingress));
  },
});
