import { customerKeyVerdict } from '../../../analysis/app-kms.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-sns-topic-phi-cmk',
    title: 'PHI SNS topic encrypts with a customer-managed KMS key',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::SNS::Topic'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-phi-store-cmk'],
    rationale:
      'The AWS managed key aws/sns cannot be restricted, audited per application or revoked, and services such ' +
      'as EventBridge and CloudWatch alarms cannot publish through it. A topic carrying PHI should depend on a ' +
      'customer-managed key whose policy names who may read its messages.',
    remediation: {
      text: 'Encrypt the topic with a customer-managed KMS key that grants kms:GenerateDataKey* and kms:Decrypt only to the publishers and subscribers.',
      cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_sns_topic" "this" {\n  # ...\n  kms_master_key_id = aws_kms_key.phi_messaging.arn\n}',
      cloudformation: 'KmsMasterKeyId: !GetAtt PhiMessagingKey.Arn',
    },
  },
  evaluate(topic, ctx) {
    if (!ctx.isPhi(topic)) return null;
    return customerKeyVerdict(topic, ctx, 'kmsMasterKeyId', topic.props.kmsMasterKeyId, 'The PHI topic stores messages unencrypted: it has no KMS key.');
  },
});
