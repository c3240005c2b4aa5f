import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-logs-log-group-kms-encryption',
    title: 'CloudWatch log group encrypts its events with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::Logs::LogGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['logs-log-group-kms-encryption'],
    rationale:
      'Application logs routinely capture patient names, identifiers and request bodies. CloudWatch Logs encrypts ' +
      'with a service key by default; associating a customer-managed key (the only kind it accepts) makes reading ' +
      'the events depend on a key policy you control and can revoke.',
    remediation: {
      text: 'Associate a customer-managed KMS key with the log group; the key policy must allow the logs.REGION.amazonaws.com service principal to use it.',
      cli: 'aws logs associate-kms-key --log-group-name LOG_GROUP --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_cloudwatch_log_group" "this" {\n  # ...\n  kms_key_id = aws_kms_key.logs.arn\n}',
      cloudformation: 'KmsKeyId: !GetAtt LogsKey.Arn',
    },
  },
  evaluate(group) {
    const key = group.props.kmsKeyId;
    if (isUnknown(key)) return unknownResult('kmsKeyId', key);
    const seen = ev('kmsKeyId', key);
    if (key === null) return fail('Events are encrypted only with the CloudWatch Logs service key.', seen);
    return pass('Events are encrypted with a customer-managed KMS key.', seen);
  },
});
