import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-efs-encrypted-at-rest',
    title: 'EFS file system encrypts data at rest',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::EFS::FileSystem'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['efs-encrypted-at-rest'],
    rationale:
      'Shared file systems collect scanned records, exports and imaging files. Encryption at rest is chosen at ' +
      'creation and cannot be added later, so an unencrypted file system holding ePHI stays that way until its ' +
      'data is copied to a new one.',
    remediation: {
      text: 'Create an encrypted file system (with a KMS key), copy the data with AWS DataSync, and move the mount targets.',
      cli: 'aws efs create-file-system --encrypted --kms-key-id KEY_ARN --performance-mode generalPurpose --tags Key=Name,Value=NAME',
      terraform: 'resource "aws_efs_file_system" "this" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.phi.arn\n}',
      cloudformation: 'Encrypted: true\nKmsKeyId: !GetAtt PhiKey.Arn',
    },
  },
  evaluate(fs) {
    return judgeFlag('encrypted', fs.props.encrypted, 'The file system encrypts data at rest.', 'The file system stores its data unencrypted.');
  },
});
