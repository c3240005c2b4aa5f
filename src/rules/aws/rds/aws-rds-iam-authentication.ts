import { judgeFlag, kind, ownsClusterSettings } from '../../../analysis/database-rds.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { unknownResult } from '../../result.js';

/** Engines that accept IAM database authentication. */
const SUPPORTED = /^(mysql|mariadb|postgres|aurora|aurora-mysql|aurora-postgresql)$/;

export default defineRule({
  meta: {
    id: 'aws-rds-iam-authentication',
    title: 'RDS instance or Aurora cluster accepts IAM database authentication',
    severity: 'low',
    hipaa: ['164.312(d)', '164.312(a)(2)(i)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-iam-authentication'],
    rationale:
      'IAM database authentication replaces long-lived database passwords with 15-minute tokens tied to an IAM ' +
      'identity, so each person or service reaching ePHI is uniquely identified, access ends when the role does, ' +
      'and no shared password sits in configuration files.',
    remediation: {
      text: 'Turn on IAM database authentication and grant rds-db:connect to the roles that need the database.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --enable-iam-database-authentication --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
      cloudformation: 'EnableIAMDatabaseAuthentication: true',
    },
  },
  evaluate(db) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    const engine = db.props.engine;
    if (isUnknown(engine)) return unknownResult('engine', engine);
    // Oracle, SQL Server and Db2 authenticate through Kerberos or their own users instead.
    if (!SUPPORTED.test(engine)) return null;
    return judgeFlag(
      'iamDatabaseAuthentication',
      db.props.iamDatabaseAuthentication,
      `The ${kind(db)} accepts IAM authentication tokens.`,
      `The ${kind(db)} accepts only database passwords: IAM authentication is off.`,
    );
  },
});
