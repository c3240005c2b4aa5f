import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-sqs-queue-encrypted',
    title: 'SQS queue encrypts messages at rest',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::SQS::Queue'],
    sources: ['live', 'cloudformation', 'terraform'],
    rationale:
      'Queued messages (orders, claims, HL7 feeds) wait on SQS storage for up to two weeks. SQS encrypts new ' +
      'queues with its own keys by default, but a queue created earlier or with SqsManagedSseEnabled turned off ' +
      'keeps them in clear.',
    remediation: {
      text: 'Turn on server-side encryption: SSE-KMS with a customer-managed key for PHI, or at least SSE-SQS.',
      cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes KmsMasterKeyId=alias/KEY_ALIAS',
      terraform: 'resource "aws_sqs_queue" "this" {\n  # ...\n  kms_master_key_id = aws_kms_key.messaging.arn\n}',
      cloudformation: 'KmsMasterKeyId: !Ref MessagingKey',
    },
  },
  evaluate(queue) {
    const { kmsMasterKeyId: key, sqsManagedSse: managed } = queue.props;
    if (isUnknown(key)) return unknownResult('kmsMasterKeyId', key);
    if (key !== null) return pass('Messages are encrypted with a KMS key (SSE-KMS).', ev('kmsMasterKeyId', key));
    if (isUnknown(managed)) return unknownResult('sqsManagedSse', managed);
    const evidence = [ev('kmsMasterKeyId', null), ev('sqsManagedSse', managed)];
    if (!managed) return fail('Messages are stored unencrypted: neither SSE-KMS nor SSE-SQS is on.', ...evidence);
    return pass('Messages are encrypted with SQS-owned keys (SSE-SQS).', ...evidence);
  },
});
