import { keyManagement } from '../../../analysis/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-kms-cmk-encryption',
    title: 'DynamoDB table encrypts with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::DynamoDB::Table'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-phi-store-cmk'],
    rationale:
      'Neither the AWS-owned key nor aws/dynamodb can be narrowed, shared or disabled by the account. A ' +
      'customer-managed key puts reads of the ePHI in the table behind a key policy the covered entity writes, ' +
      'and lets it cut off access at once in an incident.',
    remediation: {
      text: 'Switch the table\'s encryption to a customer-managed KMS key (an online change).',
      cli: 'aws dynamodb update-table --table-name TABLE --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  # ...\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.phi.arn\n  }\n}',
      cloudformation: 'SSESpecification:\n  SSEEnabled: true\n  SSEType: KMS\n  KMSMasterKeyId: !GetAtt PhiKey.Arn',
    },
  },
  evaluate(table, ctx) {
    const sse = table.props.sse;
    if (isUnknown(sse)) return unknownResult('sse', sse);
    if (sse.type === 'AWS_OWNED') return fail('The table is encrypted with the key DynamoDB owns, not a customer-managed key.', ev('sse.type', sse.type));
    const keyId = sse.kmsKeyId;
    if (isUnknown(keyId)) return unknownResult('sse.kmsKeyId', keyId);
    const keyEv = ev('sse.kmsKeyId', keyId);
    if (keyId === null) return fail('The table is encrypted with the AWS managed key aws/dynamodb.', keyEv);
    const km = keyManagement(keyId, table, ctx);
    const evidence = [keyEv, ...(km.key ? [ev('key.keyManager', km.key.props.keyManager)] : [])];
    if (km.manager === 'unknown') return notAssessed(km.reason, ...evidence);
    if (km.manager === 'AWS') return fail(`The table is encrypted with an AWS managed key: ${km.why}.`, ...evidence);
    return pass(`The table is encrypted with a customer-managed key: ${km.why}.`, ...evidence);
  },
});
