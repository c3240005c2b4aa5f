import { cisAlarmRule } from '../../../analysis/ops-cis-alarm-rule.js';

export default cisAlarmRule({
  id: 'aws-cloudwatch-alarm-vpc-changes',
  what: 'VPC changes',
  events: 'vpcChanges',
  covers: 'cloudwatch-alarm-vpc-changes',
  hipaa: ['164.308(a)(6)(i)', '164.312(e)(1)'],
  rationale:
    'New VPCs, peering connections and ClassicLink change which networks can reach the ones holding PHI. Each should be seen by a responder when it happens (164.308(a)(6)(i)).',
  pattern: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  metric: 'VpcChanges',
});
