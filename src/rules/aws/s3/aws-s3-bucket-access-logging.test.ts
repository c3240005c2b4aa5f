import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-access-logging.js';

ruleTester(rule, {
  pass: [
    {
      name: 'logs delivered to a log bucket',
      resource: resource('AWS::S3::Bucket', { logging: { targetBucket: 'access-logs', targetPrefix: 'phi/' } }),
      message: /access-logs/,
    },
    {
      name: 'a template whose target bucket is an unresolved parameter still has logging on',
      resource: resource(
        'AWS::S3::Bucket',
        { logging: { targetBucket: unknown('parameter LogBucket has no value'), targetPrefix: '' } },
        { origin: iacOrigin('Bucket') },
      ),
    },
  ],
  fail: [
    { name: 'logging off', resource: resource('AWS::S3::Bucket', { logging: null }), message: /off/ },
    {
      name: 'a template bucket with no logging configuration',
      resource: resource('AWS::S3::Bucket', { logging: null }, { origin: iacOrigin('Bucket') }),
    },
  ],
  not_assessed: [
    {
      name: 'logging could not be read',
      resource: resource('AWS::S3::Bucket', { logging: unknown('AccessDenied on s3:GetBucketLogging') }),
      message: /AccessDenied/,
    },
  ],
});
