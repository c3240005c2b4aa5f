import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ebs-snapshot-not-public',
    title: 'EBS snapshot is not publicly restorable',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::EC2::Snapshot'],
    sources: ['live'],
    covers: ['ebs-snapshot-not-public'],
    rationale:
      'A public snapshot can be turned into a volume by any AWS account and read block by block: whole databases of ' +
      'patient records have leaked this way. Unencrypted snapshots are the only ones that can be made public, so a ' +
      'public one is also plaintext.',
    remediation: {
      text: 'Remove the createVolumePermission for group "all"; share with named accounts if needed, and block public sharing account-wide with EBS snapshot block public access.',
      cli: 'aws ec2 modify-snapshot-attribute --snapshot-id snap-XXXX --attribute createVolumePermission --operation-type remove --group-names all\naws ec2 enable-snapshot-block-public-access --state block-all-sharing',
    },
  },
  evaluate(snapshot) {
    const open = snapshot.props.public;
    if (isUnknown(open)) return unknownResult('public', open);
    const seen = ev('public', open);
    return open ? fail('Any AWS account can create a volume from this snapshot.', seen) : pass('The snapshot is not public.', seen);
  },
});
