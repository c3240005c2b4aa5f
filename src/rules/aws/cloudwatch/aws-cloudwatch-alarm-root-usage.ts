import { cisAlarmRule } from '../../../analysis/ops-cis-alarm-rule.js';

export default cisAlarmRule({
  id: 'aws-cloudwatch-alarm-root-usage',
  what: 'use of the root user',
  events: 'rootUsage',
  covers: 'cloudwatch-alarm-root-usage',
  hipaa: ['164.308(a)(6)(ii)', '164.312(b)'],
  rationale:
    'The root user can do anything, including reading every PHI store and disabling the trail recording it, and no IAM policy restrains it. Any use of it should reach a responder at once (164.308(a)(6)(ii)).',
  pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  metric: 'RootAccountUsage',
});
