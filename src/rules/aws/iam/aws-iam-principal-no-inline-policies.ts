import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-principal-no-inline-policies',
    title: 'IAM user, group or role has no inline policies',
    severity: 'low',
    hipaa: ['164.308(a)(4)(ii)(B)', '164.308(a)(4)(ii)(C)', '164.312(a)(1)'],
    resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-no-inline-policies'],
    rationale:
      'Inline policies live inside one principal: they are not versioned, cannot be reused or reviewed as a ' +
      'set, and disappear from view in policy inventories. Reviewing and modifying who may reach PHI ' +
      '(164.308(a)(4)(ii)(C)) is practical only when permissions are managed policies.',
    remediation: {
      text: 'Move each inline policy into a customer managed policy, attach it, and delete the inline policy.',
      cli: 'aws iam create-policy --policy-name NAME --policy-document file://policy.json\naws iam attach-role-policy --role-name ROLE --policy-arn POLICY_ARN\naws iam delete-role-policy --role-name ROLE --policy-name NAME',
      terraform: 'resource "aws_iam_policy" "app" {\n  policy = data.aws_iam_policy_document.app.json\n}\n\nresource "aws_iam_role_policy_attachment" "app" {\n  role       = aws_iam_role.app.name\n  policy_arn = aws_iam_policy.app.arn\n}',
      cloudformation: 'AppPolicy:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    Roles: [!Ref AppRole]\n    PolicyDocument: ...',
    },
  },
  evaluate(r) {
    const inline = r.props.inlinePolicies;
    if (isUnknown(inline)) return unknownResult('inlinePolicies', inline);
    const names = inline.map((p) => (isUnknown(p.name) ? '(unnamed)' : p.name));
    const evidence = ev('inlinePolicies', names);
    if (names.length > 0) return fail(`It has ${names.length} inline ${names.length === 1 ? 'policy' : 'policies'}: ${names.join(', ')}.`, evidence);
    return pass('It has no inline policies.', evidence);
  },
});
