import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ebs-encryption-by-default',
    title: 'EBS encryption by default is enabled in the region',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::EC2::EBSEncryptionByDefault'],
    sources: ['live', 'terraform'],
    covers: ['ebs-encryption-by-default'],
    rationale:
      'Encryption by default makes every new volume and snapshot copy in the region encrypted, whatever the launch ' +
      'request, template or console click says. It closes the gap a single forgotten Encrypted flag would leave ' +
      'on a disk that later receives PHI. The setting is per region.',
    remediation: {
      text: 'Enable EBS encryption by default in every region you use, ideally with a customer-managed default key.',
      cli: 'aws ec2 enable-ebs-encryption-by-default --region REGION\naws ec2 modify-ebs-default-kms-key-id --kms-key-id alias/phi-ebs --region REGION',
      terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
    },
  },
  evaluate(setting) {
    const enabled = setting.props.enabled;
    if (isUnknown(enabled)) return unknownResult('enabled', enabled);
    const seen = ev('enabled', enabled);
    return enabled ? pass('New EBS volumes are encrypted by default.', seen) : fail('EBS encryption by default is off: new volumes may be unencrypted.', seen);
  },
});
