import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-audit-logging',
    title: 'Redshift cluster has audit logging on',
    severity: 'high',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::Redshift::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['redshift-audit-logging', 'redshift-encryption-and-audit-logging'],
    rationale:
      'Audit logging records every connection, user change and (with user activity logging) every query run ' +
      'against the warehouse: the record of who looked at which patients\' data that audit controls require.',
    remediation: {
      text: 'Turn on audit logging to CloudWatch Logs (or S3) with connectionlog, userlog and useractivitylog; set enable_user_activity_logging = true in the parameter group for query text.',
      cli: 'aws redshift enable-logging --cluster-identifier CLUSTER --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
      terraform: 'resource "aws_redshift_logging" "this" {\n  cluster_identifier   = aws_redshift_cluster.this.id\n  log_destination_type = "cloudwatch"\n  log_exports          = ["connectionlog", "userlog", "useractivitylog"]\n}',
      cloudformation: 'LoggingProperties:\n  LogDestinationType: cloudwatch\n  LogExports: [connectionlog, userlog, useractivitylog]',
    },
  },
  evaluate(cluster) {
    const logging = cluster.props.logging;
    if (isUnknown(logging)) return unknownResult('logging', logging);
    const evidence = ev('logging', logging);
    if (logging === null) return fail('Audit logging is off: connections and user activity are not recorded.', evidence);
    const where = logging.destination === 'cloudwatch' ? 'CloudWatch Logs' : `S3${logging.bucketName ? ` (${logging.bucketName})` : ''}`;
    return pass(`Audit logs go to ${where}${logging.logExports.length ? `: ${logging.logExports.join(', ')}` : ''}.`, evidence);
  },
});
