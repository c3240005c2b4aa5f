import { z } from 'zod';
import { describeRule, fromWorld, matching, reachesPort } from '../../../analysis/ec2-exposure.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

/**
 * AWS Config's restricted-common-ports list (20, 21, 3389, 3306, 4333) plus the other
 * remote-administration, file-sharing, database and cache ports attackers sweep for.
 */
const DEFAULT_PORTS = [20, 21, 23, 135, 137, 138, 139, 445, 1433, 1521, 2049, 2375, 3306, 3389, 4333, 5432, 5500, 5601, 5900, 6379, 7001, 8020, 9000, 9200, 9300, 11211, 27017, 27018];

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-no-internet-admin-ports',
    title: 'Security group admits no internet traffic to database, file-sharing or remote-administration ports',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['sg-no-unrestricted-common-ports'],
    rationale:
      'Databases (MySQL, PostgreSQL, SQL Server, MongoDB, Redis, Elasticsearch), RDP, SMB and FTP reachable from ' +
      'the whole internet are found by scanners within hours; a single weak password or unpatched service then ' +
      'exposes the patient records behind it. These services should be reachable only from the application tier.',
    remediation: {
      text: 'Remove ingress rules that admit these ports from 0.0.0.0/0 or ::/0; admit them only from the security groups or private CIDRs of the clients that need them.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id sg-XXXX --protocol tcp --port 3306 --cidr 0.0.0.0/0',
      terraform:
        'resource "aws_vpc_security_group_ingress_rule" "db" {\n  security_group_id            = aws_security_group.db.id\n  ip_protocol                  = "tcp"\n  from_port                    = 5432\n  to_port                      = 5432\n  referenced_security_group_id = aws_security_group.app.id\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 5432\n    ToPort: 5432\n    SourceSecurityGroupId: !Ref AppSecurityGroup',
    },
  },
  options: z.object({ ports: z.array(z.number().int().min(0).max(65535)).default(DEFAULT_PORTS) }),
  evaluate(group, ctx) {
    const ports = ctx.options.ports;
    const open = matching(group.props.ingress, fromWorld, (r) => {
      // Unknown for one port and true for another is still a hit.
      let verdict: ReturnType<typeof reachesPort> = false;
      for (const port of ports) {
        const v = reachesPort(r, port, ['tcp', 'udp']);
        if (v === true) return true;
        if (v !== false) verdict = v;
      }
      return verdict;
    });
    const seen = ev('options.ports', ports);
    if (open.hits.length > 0) {
      const rules = open.hits.map(describeRule);
      return fail(`Sensitive ports are open to the internet: ${rules.join('; ')}.`, ev('ingress', rules), seen);
    }
    if (open.unknown) return unknownResult('ingress', open.unknown);
    return pass('No ingress rule admits a listed sensitive port from 0.0.0.0/0 or ::/0.', seen);
  },
});
