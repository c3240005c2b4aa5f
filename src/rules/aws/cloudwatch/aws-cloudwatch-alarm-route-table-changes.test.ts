import { alarmRuleCases } from '../../test-support/alarm-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudwatch-alarm-route-table-changes.js';

const cases = alarmRuleCases(
  '{($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
  'RouteTableChanges',
);

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
