import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ebs-volume-encrypted',
    title: 'EBS volume is encrypted',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::EC2::Volume'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ebs-volume-encrypted'],
    rationale:
      'EBS volumes hold the databases, uploads, swap and logs of the servers that process PHI. Encryption at rest ' +
      'protects that data, its snapshots and any volume created from them when the storage is reused, copied or ' +
      'shared by mistake, and it is the addressable safeguard HIPAA expects for stored ePHI.',
    remediation: {
      text: 'Create an encrypted copy (snapshot, copy the snapshot with encryption, create a volume from it) and swap it in; turn on EBS encryption by default so new volumes are encrypted. A template that leaves Encrypted out gets an unencrypted volume unless the account default says otherwise.',
      cli: 'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id snap-XXXX --encrypted --kms-key-id alias/phi-ebs',
      terraform: 'resource "aws_ebs_volume" "data" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.ebs.arn\n}',
      cloudformation: 'Encrypted: true\nKmsKeyId: !Ref EbsKey',
    },
  },
  evaluate(volume) {
    const encrypted = volume.props.encrypted;
    if (isUnknown(encrypted)) return unknownResult('encrypted', encrypted);
    const seen = ev('encrypted', encrypted);
    return encrypted ? pass('The volume is encrypted.', seen) : fail('The volume is not encrypted.', seen);
  },
});
