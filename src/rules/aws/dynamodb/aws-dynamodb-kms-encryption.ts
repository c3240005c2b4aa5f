import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-kms-encryption',
    title: 'DynamoDB table encrypts with a KMS key rather than the AWS-owned key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)', '164.312(b)'],
    resourceTypes: ['AWS::DynamoDB::Table'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['dynamodb-kms-encryption', 'dynamodb-encryption-enabled'],
    rationale:
      'Every DynamoDB table is encrypted, but by default with a key DynamoDB owns: its use is invisible in ' +
      'CloudTrail and no policy of the account governs it. A KMS key (aws/dynamodb or, better, a customer-managed ' +
      'key) records every use and can be restricted, giving an auditable control over decryption of ePHI.',
    remediation: {
      text: 'Switch the table\'s server-side encryption to a KMS key; this is an online change.',
      cli: 'aws dynamodb update-table --table-name TABLE --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  # ...\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.phi.arn\n  }\n}',
      cloudformation: 'SSESpecification:\n  SSEEnabled: true\n  SSEType: KMS\n  KMSMasterKeyId: !GetAtt PhiKey.Arn',
    },
  },
  evaluate(table) {
    const sse = table.props.sse;
    if (isUnknown(sse)) return unknownResult('sse', sse);
    const evidence = ev('sse.type', sse.type);
    return sse.type === 'KMS'
      ? pass('The table is encrypted with a KMS key whose use CloudTrail records.', evidence)
      : fail('The table is encrypted only with the key DynamoDB owns, which no account policy governs or logs.', evidence);
  },
});
