import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-profile-attached',
    title: 'EC2 instance has an IAM instance profile',
    severity: 'low',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ec2-instance-profile-attached'],
    rationale:
      'Without an instance profile, software on the instance that needs AWS access gets long-lived access keys ' +
      'copied onto disk or into configuration, where they leak and never rotate. A role delivered through the ' +
      'profile gives short-lived, scoped credentials whose use CloudTrail attributes to the instance.',
    remediation: {
      text: 'Attach an instance profile whose role grants only what the workload needs, and remove any access keys stored on the instance.',
      cli: 'aws ec2 associate-iam-instance-profile --instance-id i-XXXX --iam-instance-profile Name=app-profile',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  iam_instance_profile = aws_iam_instance_profile.app.name\n}',
      cloudformation: 'IamInstanceProfile: !Ref AppInstanceProfile',
    },
  },
  evaluate(instance) {
    const profile = instance.props.iamInstanceProfile;
    if (isUnknown(profile)) return unknownResult('iamInstanceProfile', profile);
    const seen = ev('iamInstanceProfile', profile);
    if (profile === null) return fail('No IAM instance profile is attached.', seen);
    return pass('An IAM instance profile is attached.', seen);
  },
});
