import { customerKeyVerdict } from '../../../analysis/app-kms.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-sqs-queue-phi-cmk',
    title: 'PHI SQS queue encrypts with a customer-managed KMS key',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::SQS::Queue'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-phi-store-cmk'],
    rationale:
      'SSE-SQS and the AWS managed key aws/sqs encrypt messages, but anyone with sqs:ReceiveMessage reads them ' +
      'and no key policy can be tightened or revoked. A queue holding PHI should need a customer-managed key too, ' +
      'so reading its messages takes two separately granted permissions and leaves KMS audit events.',
    remediation: {
      text: 'Encrypt the queue with a customer-managed KMS key whose policy lets only the producers and consumers use it.',
      cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes KmsMasterKeyId=arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_sqs_queue" "this" {\n  # ...\n  kms_master_key_id                 = aws_kms_key.phi_messaging.arn\n  kms_data_key_reuse_period_seconds = 300\n}',
      cloudformation: 'KmsMasterKeyId: !GetAtt PhiMessagingKey.Arn',
    },
  },
  evaluate(queue, ctx) {
    if (!ctx.isPhi(queue)) return null;
    // Without a KMS key there is no customer-managed key, whether SSE-SQS is on or not.
    const none =
      queue.props.sqsManagedSse === true
        ? 'The PHI queue uses SSE-SQS (SQS-owned keys), not a customer-managed key.'
        : 'The PHI queue has no KMS key.';
    return customerKeyVerdict(queue, ctx, 'kmsMasterKeyId', queue.props.kmsMasterKeyId, none);
  },
});
