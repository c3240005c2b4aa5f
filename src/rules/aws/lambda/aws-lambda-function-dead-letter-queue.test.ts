import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-lambda-function-dead-letter-queue.js';

ruleTester(rule, {
  pass: [{ name: 'SQS dead-letter queue', resource: resource('AWS::Lambda::Function') }],
  fail: [{ name: 'no dead-letter queue', resource: resource('AWS::Lambda::Function', { deadLetterTargetArn: null }), message: /discarded/ }],
  not_assessed: [{ name: 'target from an import', resource: resource('AWS::Lambda::Function', { deadLetterTargetArn: unknown("Fn::ImportValue reads another stack's export") }) }],
});
