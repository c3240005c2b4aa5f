import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-group-has-users',
    title: 'IAM group has at least one user',
    severity: 'low',
    hipaa: ['164.308(a)(3)(ii)(B)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::IAM::Group'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-group-has-users'],
    rationale:
      'An empty group is permissions waiting for a member: whoever is added later inherits its access to PHI ' +
      'without a fresh review. Removing unused grants is part of reviewing and terminating access ' +
      '(164.308(a)(3)(ii)(B), 164.308(a)(4)(ii)(C)).',
    remediation: {
      text: 'Add the users the group is meant for, or delete the group and its policies.',
      cli: 'aws iam delete-group --group-name GROUP',
      terraform: 'resource "aws_iam_group_membership" "clinicians" {\n  name  = "clinicians"\n  group = aws_iam_group.clinicians.name\n  users = [aws_iam_user.alice.name]\n}',
      cloudformation: 'AddClinicians:\n  Type: AWS::IAM::UserToGroupAddition\n  Properties:\n    GroupName: !Ref Clinicians\n    Users: [!Ref Alice]',
    },
  },
  evaluate(g) {
    const members = g.props.members;
    if (isUnknown(members)) return unknownResult('members', members);
    const evidence = ev('members', members);
    if (members.length === 0) return fail('The group has no users.', evidence);
    return pass(`The group has ${members.length} ${members.length === 1 ? 'user' : 'users'}.`, evidence);
  },
});
