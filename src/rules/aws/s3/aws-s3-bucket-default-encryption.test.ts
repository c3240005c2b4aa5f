import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-default-encryption.js';

const enc = (algorithm: string) => ({ algorithm, kmsKeyId: null, bucketKeyEnabled: false, source: 'declared' as const });

ruleTester(rule, {
  pass: [
    { name: 'SSE-KMS', resource: resource('AWS::S3::Bucket') },
    { name: 'SSE-S3 declared', resource: resource('AWS::S3::Bucket', { encryption: enc('AES256') }) },
    {
      name: "S3's own default when nothing is configured",
      resource: resource('AWS::S3::Bucket', { encryption: { ...enc('AES256'), source: 's3-default' } }),
    },
  ],
  fail: [{ name: 'an algorithm S3 does not know', resource: resource('AWS::S3::Bucket', { encryption: enc('none') }) }],
  not_assessed: [
    {
      name: 'encryption call denied',
      resource: resource('AWS::S3::Bucket', { encryption: unknown('AccessDenied on s3:GetBucketEncryption') }),
      message: /AccessDenied/,
    },
    {
      name: 'algorithm from an unresolved parameter',
      resource: resource('AWS::S3::Bucket', { encryption: { ...enc('x'), algorithm: unknown('parameter Algo has no value') } }),
    },
  ],
});
