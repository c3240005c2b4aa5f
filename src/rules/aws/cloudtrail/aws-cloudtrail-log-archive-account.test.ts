import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-log-archive-account.js';

const trail = resource('AWS::CloudTrail::Trail', { s3BucketName: 'audit-trail' });
const bucket = (account: string) =>
  resource('AWS::S3::Bucket', { bucketName: 'audit-trail' }, { id: 'arn:aws:s3:::audit-trail', account, refs: ['audit-trail', 'arn:aws:s3:::audit-trail'] });

ruleTester(rule, {
  pass: [
    { name: 'the bucket is not among the account\'s completely listed buckets', resource: trail, message: /not one of this account's buckets/ },
    { name: 'the bucket was scanned in the log-archive account', resource: trail, others: [bucket('999988887777')], message: /999988887777/ },
  ],
  fail: [{ name: 'the bucket belongs to the same account', resource: trail, others: [bucket(ACCOUNT)], message: /same account/ }],
  not_assessed: [
    {
      name: 'the bucket listing was denied',
      resource: trail,
      coverage: [{ provider: 'aws', account: ACCOUNT, type: 'AWS::S3::Bucket', complete: false, reasons: ['AccessDenied on s3:ListBuckets'] }],
      message: /AccessDenied/,
    },
    { name: 'the bucket name is unknown', resource: resource('AWS::CloudTrail::Trail', { s3BucketName: unknown('cloudtrail:DescribeTrails returned no S3BucketName') }) },
  ],
});
