import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-enhanced-monitoring',
    title: 'RDS instance has Enhanced Monitoring on',
    severity: 'low',
    hipaa: ['164.312(b)'],
    resourceTypes: ['AWS::RDS::DBInstance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-enhanced-monitoring'],
    rationale:
      'Enhanced Monitoring records the operating system view of each instance (processes, memory, I/O) every few ' +
      'seconds, the evidence needed to tell an exfiltration-sized read or a runaway query from normal load when ' +
      'reviewing activity on a database of ePHI.',
    remediation: {
      text: 'Set a monitoring interval (60 seconds or less) and a monitoring role that allows RDS to publish to CloudWatch Logs.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::ACCOUNT:role/rds-monitoring-role --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  monitoring_interval = 60\n  monitoring_role_arn = aws_iam_role.rds_monitoring.arn\n}',
      cloudformation: 'MonitoringInterval: 60\nMonitoringRoleArn: !GetAtt RdsMonitoringRole.Arn',
    },
  },
  evaluate(db) {
    const interval = db.props.monitoringInterval;
    if (isUnknown(interval)) return unknownResult('monitoringInterval', interval);
    const evidence = ev('monitoringInterval', interval);
    return interval > 0
      ? pass(`Enhanced Monitoring samples the instance every ${interval} seconds.`, evidence)
      : fail('Enhanced Monitoring is off.', evidence);
  },
});
