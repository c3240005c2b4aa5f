import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-sqs-queue-encrypted.js';

const Q = 'AWS::SQS::Queue';

ruleTester(rule, {
  pass: [
    { name: 'SSE-KMS', resource: resource(Q), message: /SSE-KMS/ },
    { name: 'SSE-SQS', resource: resource(Q, { kmsMasterKeyId: null, sqsManagedSse: true }), message: /SSE-SQS/ },
  ],
  fail: [{ name: 'no encryption', resource: resource(Q, { kmsMasterKeyId: null, sqsManagedSse: false }), message: /unencrypted/ }],
  not_assessed: [
    { name: 'attributes denied', resource: resource(Q, { kmsMasterKeyId: unknown('AccessDenied on sqs:GetQueueAttributes') }) },
    { name: 'SSE-SQS from a parameter', resource: resource(Q, { kmsMasterKeyId: null, sqsManagedSse: unknown('parameter Sse has no value') }) },
  ],
});
