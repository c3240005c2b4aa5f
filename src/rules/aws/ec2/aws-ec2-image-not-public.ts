import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-image-not-public',
    title: 'AMI owned by the account is not public',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::EC2::Image'],
    sources: ['live', 'terraform'],
    covers: [],
    rationale:
      'Images are snapshots of whole disks: an AMI built from a server that handled PHI can hold database files, ' +
      'logs, cached records and embedded credentials. A public AMI can be launched and read by any AWS account, and ' +
      'public AMIs are crawled for secrets routinely.',
    remediation: {
      text: 'Remove the public launch permission (group "all") from the image; share it with named accounts if others need it.',
      cli: 'aws ec2 modify-image-attribute --image-id ami-XXXX --launch-permission "Remove=[{Group=all}]"',
      terraform: '# Share with a named account instead of group = "all".\nresource "aws_ami_launch_permission" "partner" {\n  image_id   = aws_ami.golden.id\n  account_id = "444455556666"\n}',
    },
  },
  evaluate(image) {
    const open = image.props.public;
    if (isUnknown(open)) return unknownResult('public', open);
    const seen = ev('public', open);
    return open ? fail('Any AWS account can launch this image.', seen) : pass('The image is not public.', seen);
  },
});
