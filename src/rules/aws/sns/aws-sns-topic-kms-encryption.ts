import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-sns-topic-kms-encryption',
    title: 'SNS topic encrypts messages at rest with KMS',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::SNS::Topic'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['sns-topic-kms-encryption'],
    rationale:
      'Notifications about appointments, results and claims often carry patient details. Without server-side ' +
      'encryption SNS keeps messages awaiting delivery unencrypted on its storage; a KMS key encrypts them and ' +
      'puts their reading under a key policy.',
    remediation: {
      text: 'Set a KMS key on the topic (a customer-managed key for PHI; its policy must let the publishing services use it).',
      cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value alias/KEY_ALIAS',
      terraform: 'resource "aws_sns_topic" "this" {\n  # ...\n  kms_master_key_id = aws_kms_key.messaging.arn\n}',
      cloudformation: 'KmsMasterKeyId: !Ref MessagingKey',
    },
  },
  evaluate(topic) {
    const key = topic.props.kmsMasterKeyId;
    if (isUnknown(key)) return unknownResult('kmsMasterKeyId', key);
    if (key === null) return fail('Messages are stored unencrypted: the topic has no KMS key.', ev('kmsMasterKeyId', null));
    return pass('Messages are encrypted at rest with a KMS key.', ev('kmsMasterKeyId', key));
  },
});
