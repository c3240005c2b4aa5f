import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-object-lock.js';

const bucket = (objectLock: unknown) => resource('AWS::S3::Bucket', { objectLock: objectLock as never });
const retention = (mode: unknown, days: number | null = 2192) => ({ defaultRetention: { mode, days, years: null } });

ruleTester(rule, {
  pass: [
    { name: 'enabled with governance-mode default retention', resource: bucket(retention('GOVERNANCE')), message: /default retention/ },
    { name: 'enabled without default retention', resource: bucket({ defaultRetention: null }), message: /uploads set their own/ },
    { name: 'compliance mode required and set', resource: bucket(retention('COMPLIANCE')), options: { mode: 'COMPLIANCE' } },
  ],
  fail: [
    { name: 'Object Lock off', resource: bucket(null), message: /not enabled/ },
    { name: 'no default retention when one is required', resource: bucket({ defaultRetention: null }), options: { requireDefaultRetention: true } },
    { name: 'governance mode when compliance is required', resource: bucket(retention('GOVERNANCE')), options: { mode: 'COMPLIANCE' }, message: /not COMPLIANCE/ },
  ],
  not_assessed: [
    { name: 'the configuration could not be read', resource: bucket(unknown('AccessDenied on s3:GetObjectLockConfiguration')) },
    { name: 'the mode is a template parameter', resource: bucket(retention(unknown('parameter LockMode has no value'))), options: { mode: 'COMPLIANCE' }, message: /LockMode/ },
  ],
});
