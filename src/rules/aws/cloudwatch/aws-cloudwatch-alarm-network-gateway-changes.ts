import { cisAlarmRule } from '../../../analysis/ops-cis-alarm-rule.js';

export default cisAlarmRule({
  id: 'aws-cloudwatch-alarm-network-gateway-changes',
  what: 'network gateway changes',
  events: 'networkGatewayChanges',
  covers: 'cloudwatch-alarm-network-gateway-changes',
  hipaa: ['164.308(a)(6)(i)', '164.312(e)(1)'],
  rationale:
    'Attaching an internet gateway or a customer gateway creates a new way in or out of the network holding PHI. Responders should hear of each one as it happens (164.308(a)(6)(i)), not at the next review.',
  pattern: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  metric: 'NetworkGatewayChanges',
});
