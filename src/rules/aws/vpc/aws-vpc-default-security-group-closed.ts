import { describeRule } from '../../../analysis/ec2-exposure.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-default-security-group-closed',
    title: "VPC's default security group allows no inbound or outbound traffic",
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(a)(1)'],
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    sources: ['live', 'terraform'],
    covers: ['vpc-default-sg-closed'],
    rationale:
      'Anything launched without a security group lands in the default group, which out of the box lets members ' +
      'talk to each other and reach anywhere. Emptying it means a workload handling PHI only gets the network ' +
      'paths someone designed for it, never the ones it inherited by accident.',
    remediation: {
      text: 'Remove every inbound and outbound rule from the default security group of each VPC and give workloads their own groups. CloudFormation cannot manage the default group; use the CLI or Terraform.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id sg-DEFAULT --ip-permissions "$(aws ec2 describe-security-groups --group-ids sg-DEFAULT --query SecurityGroups[0].IpPermissions)"\naws ec2 revoke-security-group-egress --group-id sg-DEFAULT --ip-permissions "$(aws ec2 describe-security-groups --group-ids sg-DEFAULT --query SecurityGroups[0].IpPermissionsEgress)"',
      terraform: '# With no ingress or egress blocks, Terraform removes every rule of the default group.\nresource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n}',
    },
  },
  evaluate(group) {
    const { isDefault, ingress, egress } = group.props;
    if (isUnknown(isDefault)) return unknownResult('isDefault', isDefault);
    if (!isDefault) return null;
    if (isUnknown(ingress)) return unknownResult('ingress', ingress);
    if (isUnknown(egress)) return unknownResult('egress', egress);
    const show = (list: typeof ingress) => list.map((r) => (isUnknown(r) ? `unknown (${r.$unknown})` : describeRule(r)));
    if (ingress.length > 0 || egress.length > 0) {
      return fail(
        `The default security group still has ${ingress.length} inbound and ${egress.length} outbound rule(s).`,
        ev('ingress', show(ingress)),
        ev('egress', show(egress)),
      );
    }
    return pass('The default security group has no rules.', ev('ingress', []), ev('egress', []));
  },
});
