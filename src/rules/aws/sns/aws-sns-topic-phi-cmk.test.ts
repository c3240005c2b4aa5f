import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-sns-topic-phi-cmk.js';

const PHI = { tags: { phi: 'true' } };
const topic = (kmsMasterKeyId: string | null | ReturnType<typeof unknown>) => resource('AWS::SNS::Topic', { kmsMasterKeyId }, PHI);

ruleTester(rule, {
  pass: [{ name: 'customer alias', resource: topic('alias/phi-events'), message: /customer-managed/ }],
  fail: [
    { name: 'AWS managed key', resource: topic('alias/aws/sns'), message: /AWS managed/ },
    { name: 'no key', resource: topic(null), message: /unencrypted/ },
  ],
  not_assessed: [
    { name: 'key unknown', resource: topic(unknown('AccessDenied on sns:GetTopicAttributes')) },
    { name: 'key id not in the inventory', resource: topic('1234abcd-12ab-34cd-56ef-1234567890ab') },
  ],
  not_applicable: [{ name: 'not PHI', resource: resource('AWS::SNS::Topic', { kmsMasterKeyId: null }) }],
});
