import { alarmRuleCases } from '../../test-support/alarm-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudwatch-alarm-console-auth-failures.js';

const cases = alarmRuleCases(
  '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  'ConsoleSigninFailures',
);

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
