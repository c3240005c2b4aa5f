import { alarmRuleCases } from '../../test-support/alarm-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudwatch-alarm-network-gateway-changes.js';

const cases = alarmRuleCases(
  '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  'NetworkGatewayChanges',
);

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
