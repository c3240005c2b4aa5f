import type { AnyResource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';
import type { RuleContext } from '../../types.js';

/** `alias/aws/ebs` and its ARN name the AWS managed key. */
const AWS_MANAGED = /(^|:)alias\/aws\//;

/** A volume is PHI when tagged so, or attached to a PHI-tagged instance. */
function holdsPhi(volume: AnyResource & { type: 'AWS::EC2::Volume' }, ctx: RuleContext): boolean {
  if (ctx.isPhi(volume)) return true;
  return volume.props.attachedTo.some((ref) => {
    const instance = ctx.lookup('AWS::EC2::Instance', ref, volume);
    return instance !== undefined && ctx.isPhi(instance);
  });
}

export default defineRule({
  meta: {
    id: 'aws-ebs-volume-phi-cmk',
    title: 'EBS volume of a PHI workload is encrypted with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::EC2::Volume'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-phi-store-cmk'],
    rationale:
      'The AWS managed key aws/ebs can be used by anyone in the account who can use EC2, its policy cannot be ' +
      'changed, and it cannot be disabled in an emergency. A customer-managed key lets you restrict who can ' +
      'decrypt volumes holding PHI, audit each use, and revoke access by disabling the key.',
    remediation: {
      text: 'Encrypt PHI volumes with a customer-managed key: copy a snapshot with --kms-key-id set to your key and replace the volume; set that key as the EBS default key.',
      cli: 'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id snap-XXXX --encrypted --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_ebs_volume" "phi" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.phi.arn\n}',
      cloudformation: 'Encrypted: true\nKmsKeyId: !GetAtt PhiKey.Arn',
    },
  },
  evaluate(volume, ctx) {
    if (!holdsPhi(volume, ctx)) return null;
    const { encrypted, kmsKeyId } = volume.props;
    if (isUnknown(encrypted)) return unknownResult('encrypted', encrypted);
    if (!encrypted) return fail('The PHI volume is not encrypted at all.', ev('encrypted', false));
    if (isUnknown(kmsKeyId)) return unknownResult('kmsKeyId', kmsKeyId);
    const seen = ev('kmsKeyId', kmsKeyId);
    if (kmsKeyId === null || AWS_MANAGED.test(kmsKeyId)) return fail('The PHI volume is encrypted with the AWS managed key aws/ebs.', seen);
    const key = ctx.lookup('AWS::KMS::Key', kmsKeyId, volume);
    // Live volumes name even aws/ebs by key ARN: only the key's record says who manages it.
    if (!key) return notAssessed(`key ${kmsKeyId} is not in the scan, so who manages it is unknown`, seen);
    const manager = key.props.keyManager;
    if (isUnknown(manager)) return unknownResult('key.keyManager', manager);
    if (manager === 'AWS') return fail(`The PHI volume is encrypted with the AWS managed key ${key.name}.`, seen, ev('key.keyManager', manager));
    return pass(`The PHI volume is encrypted with customer-managed key ${key.name}.`, seen, ev('key.keyManager', manager));
  },
});
