import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-sns-topic-kms-encryption.js';

ruleTester(rule, {
  pass: [
    { name: 'customer key', resource: resource('AWS::SNS::Topic') },
    { name: 'the AWS managed key', resource: resource('AWS::SNS::Topic', { kmsMasterKeyId: 'alias/aws/sns' }), message: /encrypted/ },
  ],
  fail: [
    { name: 'no key', resource: resource('AWS::SNS::Topic', { kmsMasterKeyId: null }), message: /unencrypted/ },
    { name: 'template topic without a key', resource: resource('AWS::SNS::Topic', { kmsMasterKeyId: null }, { origin: iacOrigin('Alerts') }) },
  ],
  not_assessed: [{ name: 'attributes denied', resource: resource('AWS::SNS::Topic', { kmsMasterKeyId: unknown('AccessDenied on sns:GetTopicAttributes') }), message: /AccessDenied/ }],
});
