import type { S3LifecycleRule } from '../../../model/aws/s3.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-audit-log-retention.js';

const lc = (over: Partial<S3LifecycleRule>): S3LifecycleRule => ({
  id: 'logs',
  enabled: true,
  prefix: '',
  tagFilter: false,
  expirationDays: null,
  expirationDate: null,
  noncurrentExpirationDays: null,
  ...over,
});
const logBucket = (lifecycleRules: unknown) =>
  resource('AWS::S3::Bucket', { bucketName: 'audit-trail', lifecycleRules: lifecycleRules as never, logging: null }, {
    id: 'arn:aws:s3:::audit-trail',
    name: 'audit-trail',
    refs: ['audit-trail', 'arn:aws:s3:::audit-trail'],
  });
const trail = (s3KeyPrefix: unknown = null) => resource('AWS::CloudTrail::Trail', { s3BucketName: 'audit-trail', s3KeyPrefix: s3KeyPrefix as never }, { name: 'org-trail' });
const logged = resource('AWS::S3::Bucket', { logging: { targetBucket: 'audit-trail', targetPrefix: 's3/phi-records/' } }, { name: 'phi-records', id: 'arn:aws:s3:::phi-records', refs: ['phi-records'] });

ruleTester(rule, {
  pass: [
    { name: 'logs kept seven years', resource: logBucket([lc({ expirationDays: 2557 })]), others: [trail()], message: /before 2192 days/ },
    { name: 'no lifecycle rule at all', resource: logBucket([]), others: [trail()] },
    { name: 'an expiring rule for another prefix', resource: logBucket([lc({ prefix: 'tmp/', expirationDays: 7 })]), others: [trail('org')] },
    { name: 'a tag-filtered rule never matches delivered logs', resource: logBucket([lc({ tagFilter: true, expirationDays: 30 })]), others: [trail()] },
    { name: 'a disabled 30-day rule', resource: logBucket([lc({ enabled: false, expirationDays: 30 })]), others: [trail()] },
  ],
  fail: [
    { name: 'CloudTrail logs expire after a year', resource: logBucket([lc({ expirationDays: 365 })]), others: [trail()], message: /CloudTrail trail org-trail after 365 days/ },
    { name: 'the rule names the trail prefix', resource: logBucket([lc({ prefix: 'org/AWSLogs/', expirationDays: 90 })]), others: [trail('org')] },
    { name: 'access logs expire on a fixed date', resource: logBucket([lc({ prefix: 's3/', expirationDate: '2027-01-01T00:00:00.000Z' })]), others: [logged], message: /access logs of phi-records on 2027-01-01/ },
  ],
  not_assessed: [
    { name: 'lifecycle unreadable', resource: logBucket(unknown('AccessDenied on s3:GetBucketLifecycleConfiguration')), others: [trail()] },
    { name: 'the expiry is a template parameter', resource: logBucket([lc({ expirationDays: unknown('parameter LogDays has no value') })]), others: [trail()], message: /LogDays/ },
    { name: 'the trail prefix is unknown and the rule has one', resource: logBucket([lc({ prefix: 'x/', expirationDays: 30 })]), others: [trail(unknown('parameter Prefix has no value'))] },
  ],
  not_applicable: [{ name: 'a bucket that receives no audit logs', resource: logBucket([lc({ expirationDays: 30 })]) }],
});
