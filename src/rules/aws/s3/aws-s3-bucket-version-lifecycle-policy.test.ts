import type { S3LifecycleRule } from '../../../model/aws/s3.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-version-lifecycle-policy.js';

const rule1 = (enabled: unknown): S3LifecycleRule => ({
  id: 'noncurrent',
  enabled: enabled as boolean,
  prefix: '',
  tagFilter: false,
  expirationDays: null,
  expirationDate: null,
  noncurrentExpirationDays: 365,
});
const bucket = (lifecycleRules: unknown, versioning: unknown = 'Enabled') =>
  resource('AWS::S3::Bucket', { lifecycleRules: lifecycleRules as never, versioning: versioning as never });

ruleTester(rule, {
  pass: [
    { name: 'an enabled rule', resource: bucket([rule1(true)]), message: /enabled lifecycle rule/ },
    { name: 'one of two rules enabled', resource: bucket([rule1(false), rule1(true)]) },
  ],
  fail: [
    { name: 'no lifecycle policy', resource: bucket([]), message: /no lifecycle policy/ },
    { name: 'every rule disabled', resource: bucket([rule1(false)]), message: /all disabled/ },
  ],
  not_assessed: [
    { name: 'lifecycle unreadable', resource: bucket(unknown('AccessDenied on s3:GetBucketLifecycleConfiguration')) },
    { name: 'a rule status from a parameter', resource: bucket([rule1(unknown('parameter RuleStatus has no value'))]), message: /RuleStatus/ },
    { name: 'versioning unreadable', resource: bucket([], unknown('AccessDenied on s3:GetBucketVersioning')) },
  ],
  not_applicable: [
    { name: 'an unversioned bucket', resource: bucket([], 'Disabled') },
    { name: 'a bucket whose versioning is suspended', resource: bucket([], 'Suspended') },
  ],
});
