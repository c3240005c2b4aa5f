import { describeRule, fromWorld, matching } from '../../../analysis/ec2-exposure.js';
import type { AnyResource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';
import type { RuleContext } from '../../types.js';

/** A group is in PHI scope when it is tagged so, or a PHI-tagged instance uses it. */
function guardsPhi(group: AnyResource, ctx: RuleContext): boolean {
  if (ctx.isPhi(group)) return true;
  const names = new Set([group.id, ...(group.refs ?? [])]);
  return ctx
    .list('AWS::EC2::Instance', group)
    .resources.some((i) => ctx.isPhi(i) && !isUnknown(i.props.securityGroups) && i.props.securityGroups.some((g) => typeof g === 'string' && names.has(g)));
}

export default defineRule({
  meta: {
    id: 'aws-ec2-security-group-phi-no-open-egress',
    title: 'Security group of a PHI workload does not allow outbound traffic to the whole internet',
    severity: 'medium',
    hipaa: ['164.312(e)(1)'],
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-sg-phi-no-open-egress'],
    rationale:
      'Unrestricted egress is the exfiltration path: malware or a compromised process on a host holding ePHI can ' +
      'send records anywhere. Limiting outbound traffic to the endpoints, proxies and peers the workload needs ' +
      'makes bulk exfiltration fail or stand out.',
    remediation: {
      text: 'Replace the allow-all egress rule of security groups used by PHI workloads with rules to the destinations they need (VPC endpoints, prefix lists, a proxy, other security groups).',
      cli: 'aws ec2 revoke-security-group-egress --group-id sg-XXXX --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
      terraform:
        'resource "aws_vpc_security_group_egress_rule" "to_s3" {\n  security_group_id = aws_security_group.phi.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  prefix_list_id    = aws_vpc_endpoint.s3.prefix_list_id\n}',
      cloudformation: 'SecurityGroupEgress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    DestinationPrefixListId: pl-63a5400a',
    },
  },
  evaluate(group, ctx) {
    if (!guardsPhi(group, ctx)) return null;
    // Any protocol or port to the whole internet counts: egress has no "safe" port.
    const open = matching(group.props.egress, fromWorld);
    if (open.hits.length > 0) {
      const rules = open.hits.map(describeRule).map((r) => r.replace(/ from /, ' to '));
      return fail(`A PHI workload's group allows outbound traffic to the whole internet: ${rules.join('; ')}.`, ev('egress', rules));
    }
    if (open.unknown) return unknownResult('egress', open.unknown);
    return pass('Outbound traffic is limited to named destinations.', ev('egress', isUnknown(group.props.egress) ? group.props.egress : group.props.egress.length));
  },
});
