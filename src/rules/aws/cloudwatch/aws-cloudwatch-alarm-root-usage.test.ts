import { alarmRuleCases } from '../../test-support/alarm-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudwatch-alarm-root-usage.js';

const cases = alarmRuleCases(
  '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  'RootAccountUsage',
);

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
