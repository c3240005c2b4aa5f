import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-pitr-enabled',
    title: 'DynamoDB table has point-in-time recovery on',
    severity: 'high',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.310(d)(2)(iv)'],
    resourceTypes: ['AWS::DynamoDB::Table'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['dynamodb-pitr'],
    rationale:
      'Point-in-time recovery keeps continuous backups for up to 35 days, so a table of ePHI damaged by a faulty ' +
      'deployment, a bad script or a malicious delete can be restored to the second before it happened. Without ' +
      'it, only on-demand backups someone remembered to take exist.',
    remediation: {
      text: 'Turn on point-in-time recovery for the table.',
      cli: 'aws dynamodb update-continuous-backups --table-name TABLE --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  # ...\n  point_in_time_recovery {\n    enabled = true\n  }\n}',
      cloudformation: 'PointInTimeRecoverySpecification:\n  PointInTimeRecoveryEnabled: true',
    },
  },
  evaluate(table) {
    return judgeFlag(
      'pointInTimeRecovery',
      table.props.pointInTimeRecovery,
      'Point-in-time recovery is on: the table can be restored to any second of the last 35 days.',
      'Point-in-time recovery is off: the table cannot be restored to a moment before damage.',
    );
  },
});
