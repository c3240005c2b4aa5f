import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-event-notifications.js';

const bucket = (eventNotifications: unknown) => resource('AWS::S3::Bucket', { eventNotifications: eventNotifications as never });

ruleTester(rule, {
  pass: [
    { name: 'EventBridge', resource: bucket(['EventBridge']), message: /1 destination\)/ },
    { name: 'a queue and a function', resource: bucket(['arn:aws:sqs:us-east-1:111122223333:ingest', 'arn:aws:lambda:us-east-1:111122223333:function:scan']) },
  ],
  fail: [{ name: 'none', resource: bucket([]), message: /no event notifications/ }],
  not_assessed: [{ name: 'the configuration could not be read', resource: bucket(unknown('AccessDenied on s3:GetBucketNotificationConfiguration')) }],
});
