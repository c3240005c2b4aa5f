import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-versioning-enabled.js';

ruleTester(rule, {
  pass: [{ name: 'versioning enabled', resource: resource('AWS::S3::Bucket', { versioning: 'Enabled' }) }],
  fail: [
    { name: 'versioning suspended', resource: resource('AWS::S3::Bucket', { versioning: 'Suspended' }), message: /suspended/ },
    { name: 'versioning never enabled', resource: resource('AWS::S3::Bucket', { versioning: 'Disabled' }), message: /never/ },
    {
      name: 'a template bucket that declares no versioning',
      resource: resource('AWS::S3::Bucket', { versioning: 'Disabled' }, { origin: iacOrigin('Bucket') }),
    },
  ],
  not_assessed: [
    {
      name: 'versioning could not be read',
      resource: resource('AWS::S3::Bucket', { versioning: unknown('AccessDenied on s3:GetBucketVersioning') }),
      message: /AccessDenied/,
    },
    {
      name: 'versioning status from an unresolved variable',
      resource: resource('AWS::S3::Bucket', { versioning: unknown('var.versioning has no value') }, { origin: iacOrigin('Bucket') }),
    },
  ],
});
