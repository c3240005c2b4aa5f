import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-kinesis-stream-encrypted.js';

const S = 'AWS::Kinesis::Stream';

ruleTester(rule, {
  pass: [
    { name: 'customer key', resource: resource(S) },
    { name: 'AWS managed key', resource: resource(S, { kmsKeyId: 'alias/aws/kinesis' }), message: /KMS/ },
  ],
  fail: [{ name: 'not encrypted', resource: resource(S, { encryptionType: 'NONE', kmsKeyId: null }), message: /unencrypted/ }],
  not_assessed: [{ name: 'summary throttled', resource: resource(S, { encryptionType: unknown('throttled'), kmsKeyId: unknown('throttled') }) }],
});
