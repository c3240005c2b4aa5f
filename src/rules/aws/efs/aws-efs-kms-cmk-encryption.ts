import { keyManagement } from '../../../analysis/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-efs-kms-cmk-encryption',
    title: 'EFS file system encrypts with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::EFS::FileSystem'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-phi-store-cmk'],
    rationale:
      'The AWS managed aws/elasticfilesystem key lets anything allowed to mount the file system decrypt it, and ' +
      'its policy cannot be changed. A customer-managed key adds a separately governed, logged and revocable ' +
      'permission in front of the ePHI on the file system.',
    remediation: {
      text: 'The key is fixed at creation: create a file system encrypted with a customer-managed key and copy the data with AWS DataSync.',
      cli: 'aws efs create-file-system --encrypted --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_efs_file_system" "this" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.phi.arn\n}',
      cloudformation: 'Encrypted: true\nKmsKeyId: !GetAtt PhiKey.Arn',
    },
  },
  evaluate(fs, ctx) {
    const encrypted = fs.props.encrypted;
    if (isUnknown(encrypted)) return unknownResult('encrypted', encrypted);
    // An unencrypted file system is aws-efs-encrypted-at-rest's finding.
    if (!encrypted) return null;
    const keyId = fs.props.kmsKeyId;
    if (isUnknown(keyId)) return unknownResult('kmsKeyId', keyId);
    const keyEv = ev('kmsKeyId', keyId);
    if (keyId === null) return fail('The file system is encrypted with the AWS managed key aws/elasticfilesystem.', keyEv);
    const km = keyManagement(keyId, fs, ctx);
    const evidence = [keyEv, ...(km.key ? [ev('key.keyManager', km.key.props.keyManager)] : [])];
    if (km.manager === 'unknown') return notAssessed(km.reason, ...evidence);
    if (km.manager === 'AWS') return fail(`The file system is encrypted with an AWS managed key: ${km.why}.`, ...evidence);
    return pass(`The file system is encrypted with a customer-managed key: ${km.why}.`, ...evidence);
  },
});
