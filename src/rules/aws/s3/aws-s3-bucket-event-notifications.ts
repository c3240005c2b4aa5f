import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-event-notifications',
    title: 'S3 bucket sends event notifications',
    severity: 'info',
    hipaa: ['164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-event-notifications'],
    rationale:
      'Notifications (to EventBridge, SNS, SQS or Lambda) let a team act on object creation and deletion as it ' +
      'happens: an unexpected delete or a burst of writes to a records bucket can be reviewed in minutes, not at ' +
      'the next audit (164.308(a)(1)(ii)(D)).',
    remediation: {
      text: 'Turn on EventBridge notifications for the bucket (every event, filtered by rules later), or send the events that matter to SNS, SQS or Lambda.',
      cli: 'aws s3api put-bucket-notification-configuration --bucket BUCKET --notification-configuration \'{"EventBridgeConfiguration":{}}\'',
      terraform: 'resource "aws_s3_bucket_notification" "this" {\n  bucket      = aws_s3_bucket.this.id\n  eventbridge = true\n}',
      cloudformation: 'NotificationConfiguration:\n  EventBridgeConfiguration:\n    EventBridgeEnabled: true',
    },
  },
  evaluate(bucket) {
    const targets = bucket.props.eventNotifications;
    if (isUnknown(targets)) return unknownResult('eventNotifications', targets);
    const seen = ev('eventNotifications', targets);
    if (targets.length === 0) return fail('The bucket sends no event notifications.', seen);
    return pass(`The bucket sends event notifications (${targets.length} destination${targets.length > 1 ? 's' : ''}).`, seen);
  },
});
