import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudwatch-alarm-has-action',
    title: 'CloudWatch alarm notifies someone when it fires',
    severity: 'low',
    hipaa: ['164.308(a)(6)(i)', '164.312(b)'],
    resourceTypes: ['AWS::CloudWatch::Alarm'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudwatch-alarm-has-action'],
    rationale:
      'An alarm that changes state without an action (or with actions switched off) reaches nobody: the condition it ' +
      'was built to catch, a root sign-in or a flood of denied calls, is seen only by whoever happens to open the ' +
      'console. Incident procedures (164.308(a)(6)(i)) depend on detections reaching a responder.',
    remediation: {
      text: 'Give the alarm an ALARM-state action (an SNS topic that pages or emails the responders, or an automation) and keep actions enabled.',
      cli: 'aws cloudwatch put-metric-alarm --alarm-name ALARM ... --alarm-actions arn:aws:sns:REGION:ACCOUNT:security-alerts --actions-enabled',
      terraform: 'resource "aws_cloudwatch_metric_alarm" "this" {\n  # ...\n  alarm_actions = [aws_sns_topic.security_alerts.arn]\n}',
      cloudformation: 'AlarmActions:\n  - !Ref SecurityAlertsTopic\nActionsEnabled: true',
    },
  },
  evaluate(alarm) {
    const { actionsEnabled, alarmActions } = alarm.props;
    if (isUnknown(actionsEnabled)) return unknownResult('actionsEnabled', actionsEnabled);
    if (!actionsEnabled) return fail('The alarm\'s actions are disabled.', ev('actionsEnabled', false));
    const evidence = [ev('alarmActions', alarmActions)];
    if (alarmActions.length === 0) return fail('The alarm has no action for the ALARM state.', ...evidence);
    if (alarmActions.every(isUnknown)) return unknownResult('alarmActions', alarmActions[0]);
    return pass(`The alarm runs ${alarmActions.length} action(s) when it fires.`, ...evidence);
  },
});
