import { kind, ownsClusterSettings } from '../../../analysis/database-rds.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-log-exports',
    title: 'RDS instance or Aurora cluster exports its database logs to CloudWatch Logs',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-log-exports'],
    rationale:
      'Connection, error and audit logs are the record of who reached the ePHI and what failed. Kept only on the ' +
      'instance they rotate away within days and vanish with the database; exported to CloudWatch Logs they can be ' +
      'retained, protected and reviewed as information system activity review requires.',
    remediation: {
      text: 'Export the engine\'s logs (postgresql; audit, error and slowquery for MySQL/MariaDB; audit and error for SQL Server; alert, audit, listener and trace for Oracle) to CloudWatch Logs, and set the log groups\' retention.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql","upgrade"]}\' --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]\n}',
      cloudformation: 'EnableCloudwatchLogsExports:\n  - postgresql\n  - upgrade',
    },
  },
  evaluate(db) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    const exports = db.props.enabledLogExports;
    if (isUnknown(exports)) return unknownResult('enabledLogExports', exports);
    const evidence = ev('enabledLogExports', exports);
    return exports.length > 0
      ? pass(`The ${kind(db)} exports ${exports.join(', ')} logs to CloudWatch Logs.`, evidence)
      : fail(`The ${kind(db)} exports no logs to CloudWatch Logs.`, evidence);
  },
});
