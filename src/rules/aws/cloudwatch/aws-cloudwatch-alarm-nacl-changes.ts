import { cisAlarmRule } from '../../../analysis/ops-cis-alarm-rule.js';

export default cisAlarmRule({
  id: 'aws-cloudwatch-alarm-nacl-changes',
  what: 'network ACL changes',
  events: 'naclChanges',
  covers: 'cloudwatch-alarm-nacl-changes',
  hipaa: ['164.308(a)(6)(i)', '164.312(e)(1)'],
  rationale:
    'Network ACLs are a boundary around the subnets PHI workloads run in. An unexpected change can open them to the internet; an alarm lets responders check each change while it is still fresh (164.308(a)(6)(i)).',
  pattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  metric: 'NetworkAclChanges',
});
