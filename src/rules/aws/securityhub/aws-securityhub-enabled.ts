import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-securityhub-enabled',
    title: 'Security Hub is enabled in the region with at least one standard',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(D)', '164.308(a)(6)(i)', '164.308(a)(8)', '164.312(b)'],
    resourceTypes: ['AWS::SecurityHub::Hub'],
    // A CloudFormation hub is enabled by being declared, and its standards, when not the
    // defaults, come from AWS::SecurityHub::Standard resources that name no hub.
    sources: ['live', 'terraform'],
    covers: ['securityhub-enabled'],
    rationale:
      'Security Hub gathers GuardDuty, Inspector, Macie and Config findings in one place and scores the account ' +
      'against security standards continuously. Without it, or with no standard enabled, there is no running ' +
      'technical evaluation (164.308(a)(8)) and no single queue for reviewing security activity (164.308(a)(1)(ii)(D)).',
    remediation: {
      text: 'Enable Security Hub in every region the account uses, with the AWS Foundational Security Best Practices standard at least; aggregate findings into one home region.',
      cli: 'aws securityhub enable-security-hub --enable-default-standards --region REGION',
      terraform: 'resource "aws_securityhub_account" "this" {\n  enable_default_standards = true\n}',
    },
  },
  evaluate(hub) {
    const { enabled, standards } = hub.props;
    if (isUnknown(enabled)) return unknownResult('enabled', enabled);
    if (!enabled) return fail('Security Hub is not enabled in the region.', ev('enabled', false));
    if (isUnknown(standards)) return unknownResult('standards', standards);
    const evidence = [ev('enabled', true), ev('standards', standards)];
    if (standards.length === 0) return fail('Security Hub is enabled but checks no standard, so it evaluates nothing on its own.', ...evidence);
    return pass(`Security Hub is enabled with ${standards.length} standard(s).`, ...evidence);
  },
});
