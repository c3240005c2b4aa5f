import { cisAlarmRule } from '../../../analysis/ops-cis-alarm-rule.js';

export default cisAlarmRule({
  id: 'aws-cloudwatch-alarm-route-table-changes',
  what: 'route table changes',
  events: 'routeTableChanges',
  covers: 'cloudwatch-alarm-route-table-changes',
  hipaa: ['164.308(a)(6)(i)', '164.312(e)(1)'],
  rationale:
    'A changed route can send traffic from PHI subnets around the firewall or out through an unexpected gateway. An alarm on route table changes lets responders confirm each was intended (164.308(a)(6)(i)).',
  pattern: '{($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
  metric: 'RouteTableChanges',
});
