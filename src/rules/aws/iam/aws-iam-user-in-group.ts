import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-in-group',
    title: 'IAM user belongs to at least one group',
    severity: 'low',
    hipaa: ['164.308(a)(3)(ii)(A)', '164.308(a)(4)(ii)(B)', '164.312(a)(1)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-user-in-group'],
    rationale:
      'A user in no group either has no purpose or holds permissions of its own outside the job-function groups ' +
      'that workforce access to PHI is authorized and reviewed through (164.308(a)(3)(ii)(A)).',
    remediation: {
      text: 'Add the user to the group for its job function, or delete the user if it is no longer needed.',
      cli: 'aws iam add-user-to-group --group-name GROUP --user-name USER',
      terraform: 'resource "aws_iam_user_group_membership" "alice" {\n  user   = aws_iam_user.alice.name\n  groups = [aws_iam_group.clinicians.name]\n}',
      cloudformation: 'Alice:\n  Type: AWS::IAM::User\n  Properties:\n    Groups: [!Ref Clinicians]',
    },
  },
  evaluate(u) {
    const groups = u.props.groups;
    if (isUnknown(groups)) return unknownResult('groups', groups);
    const evidence = ev('groups', groups);
    if (groups.length === 0) return fail('The user belongs to no group.', evidence);
    const names = groups.map((g) => (isUnknown(g) ? '(unknown)' : g));
    return pass(`The user belongs to ${names.join(', ')}.`, evidence);
  },
});
