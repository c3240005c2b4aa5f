import { alarmRuleCases } from '../../test-support/alarm-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudwatch-alarm-vpc-changes.js';

const cases = alarmRuleCases(
  '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  'VpcChanges',
);

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
