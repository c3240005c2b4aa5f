import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-logs-log-group-retention',
    title: 'CloudWatch log group keeps events for the required retention period',
    severity: 'medium',
    hipaa: ['164.316(b)(2)(i)', '164.312(b)'],
    resourceTypes: ['AWS::Logs::LogGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['logs-log-group-retention', 'gap-aws-audit-log-retention-6y'],
    rationale:
      'HIPAA requires documentation of security activities to be kept six years (164.316(b)(2)(i)), and audit ' +
      'records are only useful to an investigation if they still exist when it starts. A log group that expires ' +
      'events sooner than the minimum (2192 days by default) destroys that record automatically.',
    remediation: {
      text: 'Set the log group retention to at least the minimum (2192 days is the shortest CloudWatch value covering six years), or export the logs to retained, encrypted storage before they expire.',
      cli: 'aws logs put-retention-policy --log-group-name LOG_GROUP --retention-in-days 2192',
      terraform: 'resource "aws_cloudwatch_log_group" "this" {\n  # ...\n  retention_in_days = 2192\n}',
      cloudformation: 'RetentionInDays: 2192',
    },
  },
  options: z.object({ minRetentionDays: z.number().int().positive().default(2192) }),
  evaluate(group, ctx) {
    const days = group.props.retentionInDays;
    const min = ctx.options.minRetentionDays;
    if (isUnknown(days)) return unknownResult('retentionInDays', days);
    const evidence = [ev('retentionInDays', days), ev('options.minRetentionDays', min)];
    if (days === null) return pass('Events never expire.', ...evidence);
    if (days < min) return fail(`Events expire after ${days} days, less than the minimum of ${min} days.`, ...evidence);
    return pass(`Events are kept ${days} days, at least the minimum of ${min}.`, ...evidence);
  },
});
