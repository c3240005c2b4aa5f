import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-cloudwatch-logs-integration',
    title: 'CloudTrail trail delivers events to CloudWatch Logs',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)', '164.308(a)(6)(ii)'],
    resourceTypes: ['AWS::CloudTrail::Trail'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudtrail-cloudwatch-logs-integration'],
    rationale:
      'Log files in S3 are read after the fact. Sending the trail to CloudWatch Logs lets metric filters and alarms ' +
      'flag root logins, policy changes or failed console sign-ins within minutes, turning the audit record into ' +
      'activity review (164.308(a)(1)(ii)(D)) and timely incident response (164.308(a)(6)(ii)).',
    remediation: {
      text: 'Create a log group and a role CloudTrail can assume to write to it, and set both on the trail.',
      cli: 'aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn arn:aws:logs:REGION:ACCOUNT:log-group:cloudtrail:* --cloud-watch-logs-role-arn arn:aws:iam::ACCOUNT:role/CloudTrailToCloudWatch',
      terraform:
        'resource "aws_cloudtrail" "this" {\n  # ...\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_cwl.arn\n}',
      cloudformation:
        'CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn\nCloudWatchLogsRoleArn: !GetAtt TrailToCloudWatchRole.Arn',
    },
  },
  evaluate(trail) {
    const group = trail.props.cloudWatchLogsLogGroupArn;
    if (isUnknown(group)) return unknownResult('cloudWatchLogsLogGroupArn', group);
    const seen = ev('cloudWatchLogsLogGroupArn', group);
    if (group === null) return fail('The trail does not deliver to CloudWatch Logs, so no alarm can act on its events.', seen);
    return pass('The trail delivers its events to a CloudWatch Logs log group.', seen);
  },
});
