import { z } from 'zod';
import { describeRule, fromWorld, matching, reachesBeyond } from '../../../analysis/ec2-exposure.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-internet-ingress-authorized-ports',
    title: 'Security group admits internet traffic only to authorised ports',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['sg-open-only-authorized-ports'],
    rationale:
      'Every port reachable from the whole internet is attack surface on systems that may hold ePHI. Keeping ' +
      'internet-facing ingress to a reviewed list (HTTPS, and HTTP only to redirect) means a forgotten debug port ' +
      'or admin console is caught before someone else finds it.',
    remediation: {
      text: 'Remove or narrow ingress rules from 0.0.0.0/0 and ::/0 that admit ports outside the authorised list (options.authorizedPorts, default 443 and 80), or add the port to the list once reviewed.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id sg-XXXX --protocol tcp --port 8080 --cidr 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.lb.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    CidrIp: 0.0.0.0/0',
    },
  },
  options: z.object({ authorizedPorts: z.array(z.number().int().min(0).max(65535)).default([443, 80]) }),
  evaluate(group, ctx) {
    const authorized = ctx.options.authorizedPorts;
    const open = matching(group.props.ingress, fromWorld, (r) => reachesBeyond(r, authorized));
    const seen = ev('options.authorizedPorts', authorized);
    if (open.hits.length > 0) {
      const rules = open.hits.map(describeRule);
      return fail(`Internet ingress reaches ports outside the authorised list: ${rules.join('; ')}.`, ev('ingress', rules), seen);
    }
    if (open.unknown) return unknownResult('ingress', open.unknown);
    return pass(`Internet ingress, if any, reaches only authorised ports (${authorized.join(', ')}).`, seen);
  },
});
