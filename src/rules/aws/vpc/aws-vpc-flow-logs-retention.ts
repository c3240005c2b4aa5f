import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-flow-logs-retention',
    title: 'VPC flow logs sent to CloudWatch Logs are kept for the required retention period',
    severity: 'medium',
    hipaa: ['164.316(b)(2)(i)', '164.312(b)'],
    resourceTypes: ['AWS::EC2::VPC'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-audit-log-retention-6y'],
    rationale:
      'Network records matter most in investigations that begin long after the event. A flow log delivered to a ' +
      'log group that expires events after weeks leaves no trace of an exfiltration discovered next year; HIPAA ' +
      'documentation of security activity is kept six years.',
    remediation: {
      text: 'Set the retention of the flow log\'s log group to at least the minimum (options.minRetentionDays, default 2192), or deliver flow logs to S3 with a lifecycle that keeps them.',
      cli: 'aws logs put-retention-policy --log-group-name /vpc/flow-logs --retention-in-days 2192',
      terraform: 'resource "aws_cloudwatch_log_group" "flow_logs" {\n  name              = "/vpc/flow-logs"\n  retention_in_days = 2192\n}',
      cloudformation: 'FlowLogGroup:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    RetentionInDays: 2192',
    },
  },
  options: z.object({ minRetentionDays: z.number().int().positive().default(2192) }),
  evaluate(vpc, ctx) {
    const logs = vpc.props.flowLogs;
    if (isUnknown(logs)) return unknownResult('flowLogs', logs);
    // Only log-group destinations are judged here; S3 lifecycles are the bucket rules' business.
    const toGroups = logs.filter((l) => !isUnknown(l) && l.destinationType === 'cloud-watch-logs');
    if (toGroups.length === 0) return null;
    const min = ctx.options.minRetentionDays;
    const short: string[] = [];
    for (const l of toGroups) {
      if (isUnknown(l) || isUnknown(l.destination)) return unknownResult('flowLogs.destination', isUnknown(l) ? l : l.destination);
      const group = ctx.lookup('AWS::Logs::LogGroup', l.destination, vpc);
      if (!group) return notAssessed(`log group ${l.destination ?? '(unnamed)'} is not in the scan`, ev('flowLogs.destination', l.destination));
      const days = group.props.retentionInDays;
      if (isUnknown(days)) return unknownResult('logGroup.retentionInDays', days);
      if (days !== null && days < min) short.push(`${group.name} (${days} days)`);
    }
    const seen = ev('options.minRetentionDays', min);
    if (short.length > 0) return fail(`Flow logs expire sooner than ${min} days in ${short.join(', ')}.`, ev('logGroups', short), seen);
    return pass(`Every flow log group keeps events at least ${min} days.`, seen);
  },
});
