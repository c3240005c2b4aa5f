import { judgeFlag, kind, ownsClusterSettings } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-rds-deletion-protection',
    title: 'RDS instance or Aurora cluster has deletion protection',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(i)', '164.308(a)(7)(ii)(C)', '164.312(c)(1)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-deletion-protection'],
    rationale:
      'Deleting a database is one API call, from a console slip, a bad stack update or stolen credentials, and ' +
      'automated backups go with it unless retained. Deletion protection makes removing a store of ePHI a ' +
      'deliberate two-step act, which keeps the data available for the contingency plan to work with.',
    remediation: {
      text: 'Turn on deletion protection; turn it off deliberately only when the database is to be retired.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --deletion-protection --apply-immediately\naws rds modify-db-cluster --db-cluster-identifier CLUSTER --deletion-protection --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  deletion_protection = true\n}',
      cloudformation: 'DeletionProtection: true',
    },
  },
  evaluate(db) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    return judgeFlag(
      'deletionProtection',
      db.props.deletionProtection,
      `The ${kind(db)} cannot be deleted until deletion protection is turned off.`,
      `The ${kind(db)} can be deleted in one call: deletion protection is off.`,
    );
  },
});
