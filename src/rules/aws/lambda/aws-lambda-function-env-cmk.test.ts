import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-lambda-function-env-cmk.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-100000000001';
const cmk = resource('AWS::KMS::Key', {}, { id: KEY, refs: [KEY] });
const awsKey = resource('AWS::KMS::Key', { keyManager: 'AWS' }, { id: `${KEY}9`, refs: [`${KEY}9`] });

ruleTester(rule, {
  pass: [
    { name: 'customer key in the inventory', resource: resource('AWS::Lambda::Function'), others: [cmk], message: /customer-managed/ },
    { name: 'variables unreadable, but a customer key is set', resource: resource('AWS::Lambda::Function', { environmentVariableNames: unknown('environment variables not readable') }), others: [cmk] },
  ],
  fail: [
    { name: 'variables under aws/lambda', resource: resource('AWS::Lambda::Function', { kmsKeyArn: null }), message: /aws\/lambda/ },
    { name: 'an AWS managed key by ARN', resource: resource('AWS::Lambda::Function', { kmsKeyArn: `${KEY}9` }), others: [awsKey] },
  ],
  not_assessed: [
    { name: 'key not in the inventory', resource: resource('AWS::Lambda::Function'), message: /not in the inventory/ },
    { name: 'names unreadable and no key', resource: resource('AWS::Lambda::Function', { kmsKeyArn: null, environmentVariableNames: unknown('denied') }) },
  ],
  not_applicable: [{ name: 'no environment variables', resource: resource('AWS::Lambda::Function', { environmentVariableNames: [], kmsKeyArn: null }) }],
});
