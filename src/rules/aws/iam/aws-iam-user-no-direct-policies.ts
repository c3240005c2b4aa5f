import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-no-direct-policies',
    title: 'IAM user receives permissions only through groups',
    severity: 'low',
    hipaa: ['164.308(a)(3)(ii)(A)', '164.308(a)(4)(ii)(B)', '164.308(a)(4)(ii)(C)', '164.312(a)(1)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-user-no-direct-policies'],
    rationale:
      'Permissions granted user by user drift: people change role, and their one-off grants to PHI stay. ' +
      'Granting through groups tied to job functions keeps workforce access authorized and reviewable ' +
      '(164.308(a)(3)(ii)(A), 164.308(a)(4)(ii)(B)).',
    remediation: {
      text: 'Attach the policies to a group for the job function, add the user to it, and detach the policies from the user.',
      cli: 'aws iam add-user-to-group --group-name GROUP --user-name USER\naws iam detach-user-policy --user-name USER --policy-arn POLICY_ARN\naws iam delete-user-policy --user-name USER --policy-name NAME',
      terraform: 'resource "aws_iam_group_policy_attachment" "clinicians" {\n  group      = aws_iam_group.clinicians.name\n  policy_arn = aws_iam_policy.read.arn\n}',
      cloudformation: 'Clinicians:\n  Type: AWS::IAM::Group\n  Properties:\n    ManagedPolicyArns: [!Ref ReadPolicy]',
    },
  },
  evaluate(u) {
    const { attachedPolicies: attached, inlinePolicies: inline } = u.props;
    if (isUnknown(attached)) return unknownResult('attachedPolicies', attached);
    if (isUnknown(inline)) return unknownResult('inlinePolicies', inline);
    const names = [...attached.map((a) => (isUnknown(a) ? '(unknown)' : a)), ...inline.map((p) => (isUnknown(p.name) ? '(unnamed inline)' : `inline ${p.name}`))];
    const evidence = [ev('attachedPolicies', attached), ev('inlinePolicies', inline.map((p) => p.name))];
    if (names.length > 0) return fail(`Policies are attached to the user directly: ${names.join(', ')}.`, ...evidence);
    return pass('No policy is attached to the user directly.', ...evidence);
  },
});
