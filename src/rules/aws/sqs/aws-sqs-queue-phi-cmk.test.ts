import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-sqs-queue-phi-cmk.js';

const PHI = { tags: { 'data-classification': 'phi' } };
const queue = (props: Parameters<typeof resource<'AWS::SQS::Queue'>>[1]) => resource('AWS::SQS::Queue', props, PHI);

ruleTester(rule, {
  pass: [{ name: 'customer alias', resource: queue({ kmsMasterKeyId: 'alias/claims-queue' }), message: /customer-managed/ }],
  fail: [
    { name: 'SSE-SQS', resource: queue({ kmsMasterKeyId: null, sqsManagedSse: true }), message: /SSE-SQS/ },
    { name: 'unencrypted', resource: queue({ kmsMasterKeyId: null, sqsManagedSse: false }), message: /no KMS key/ },
    { name: 'aws/sqs', resource: queue({ kmsMasterKeyId: 'alias/aws/sqs' }), message: /AWS managed/ },
  ],
  not_assessed: [{ name: 'key unknown', resource: queue({ kmsMasterKeyId: unknown('AccessDenied on sqs:GetQueueAttributes') }) }],
  not_applicable: [{ name: 'not PHI', resource: resource('AWS::SQS::Queue', { kmsMasterKeyId: null }) }],
});
