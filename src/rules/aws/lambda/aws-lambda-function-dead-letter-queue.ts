import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-dead-letter-queue',
    title: 'Lambda function sends failed asynchronous events to a dead-letter queue',
    severity: 'low',
    hipaa: ['164.312(c)(1)', '164.312(b)'],
    resourceTypes: ['AWS::Lambda::Function'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['lambda-dead-letter-queue'],
    rationale:
      'An asynchronous event that fails every retry is dropped silently. When the event is a lab result or a ' +
      'claim, losing it is an integrity failure nobody sees; a dead-letter queue keeps the event for replay and ' +
      'makes the failure visible.',
    remediation: {
      text: 'Configure a dead-letter SQS queue or SNS topic (encrypted with a customer-managed key) and alarm on its depth.',
      cli: 'aws lambda update-function-configuration --function-name FUNCTION --dead-letter-config TargetArn=arn:aws:sqs:REGION:ACCOUNT:QUEUE',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  dead_letter_config {\n    target_arn = aws_sqs_queue.dlq.arn\n  }\n}',
      cloudformation: 'DeadLetterConfig:\n  TargetArn: !GetAtt DeadLetterQueue.Arn',
    },
  },
  evaluate(fn) {
    const target = fn.props.deadLetterTargetArn;
    if (isUnknown(target)) return unknownResult('deadLetterTargetArn', target);
    if (target === null) return fail('Failed asynchronous events are discarded: no dead-letter queue is configured.', ev('deadLetterTargetArn', null));
    return pass('Failed asynchronous events go to a dead-letter queue.', ev('deadLetterTargetArn', target));
  },
});
