import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-kms-encryption.js';

ruleTester(rule, {
  pass: [
    { name: 'a KMS key ARN is set', resource: resource('AWS::CloudTrail::Trail') },
    {
      name: 'a template trail referencing a key in the same template',
      resource: resource('AWS::CloudTrail::Trail', { kmsKeyId: iacRef('template.yaml', 'TrailKey') }, { origin: iacOrigin('Trail') }),
    },
  ],
  fail: [{ name: 'no KMS key', resource: resource('AWS::CloudTrail::Trail', { kmsKeyId: null }), message: /SSE-S3/ }],
  not_assessed: [
    {
      name: 'the key comes from an unresolved variable',
      resource: resource('AWS::CloudTrail::Trail', { kmsKeyId: unknown('var.trail_key has no value') }),
      message: /trail_key/,
    },
  ],
});
