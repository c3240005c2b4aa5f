import { z } from 'zod';
import { kind, ownsClusterSettings } from '../../../analysis/database-rds.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-automated-backups',
    title: 'RDS instance or Aurora cluster keeps automated backups for the required period',
    severity: 'high',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.310(d)(2)(iv)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-automated-backups'],
    rationale:
      'Automated backups are what point-in-time restore works from after corruption, ransomware or a bad ' +
      'migration. With retention 0 there is nothing to restore; with a few days, damage noticed a week late is ' +
      'permanent. The default minimum is the 35-day maximum RDS allows; lower it by option where AWS Backup keeps longer copies.',
    remediation: {
      text: 'Set the backup retention period to at least the minimum (35 days by default).',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --backup-retention-period 35 --apply-immediately\naws rds modify-db-cluster --db-cluster-identifier CLUSTER --backup-retention-period 35 --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  backup_retention_period = 35\n}',
      cloudformation: 'BackupRetentionPeriod: 35',
    },
  },
  options: z.object({ minRetentionDays: z.number().int().min(1).max(35).default(35) }),
  evaluate(db, ctx) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    const days = db.props.backupRetentionPeriod;
    if (isUnknown(days)) return unknownResult('backupRetentionPeriod', days);
    const min = ctx.options.minRetentionDays;
    const evidence = [ev('backupRetentionPeriod', days), ev('options.minRetentionDays', min)];
    if (days === 0) return fail(`The ${kind(db)} takes no automated backups.`, ...evidence);
    if (days < min) return fail(`The ${kind(db)} keeps automated backups ${days} day${days === 1 ? '' : 's'}, less than the minimum of ${min}.`, ...evidence);
    return pass(`The ${kind(db)} keeps automated backups ${days} days.`, ...evidence);
  },
});
