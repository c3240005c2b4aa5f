import { defineRule } from '../../define.js';
import { judgeFlag } from '../../../analysis/database-rds.js';

export default defineRule({
  meta: {
    id: 'aws-rds-auto-minor-version-upgrade',
    title: 'RDS instance takes minor engine upgrades automatically',
    severity: 'low',
    hipaa: ['164.308(a)(5)(ii)(B)'],
    resourceTypes: ['AWS::RDS::DBInstance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-auto-minor-version-upgrade'],
    rationale:
      'Minor engine versions carry the security fixes for the database software itself. Applied automatically in ' +
      'the maintenance window, they reach a database of ePHI without waiting for someone to schedule them.',
    remediation: {
      text: 'Turn on automatic minor version upgrades and set a maintenance window that suits the workload.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --auto-minor-version-upgrade --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  auto_minor_version_upgrade = true\n}',
      cloudformation: 'AutoMinorVersionUpgrade: true',
    },
  },
  evaluate(db) {
    return judgeFlag(
      'autoMinorVersionUpgrade',
      db.props.autoMinorVersionUpgrade,
      'Minor engine upgrades are applied automatically in the maintenance window.',
      'Minor engine upgrades, and the security fixes in them, wait for someone to apply them.',
    );
  },
});
