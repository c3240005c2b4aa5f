import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-automated-backups.js';

const db = (backupRetentionPeriod: number | ReturnType<typeof unknown>) => resource('AWS::RDS::DBInstance', { backupRetentionPeriod });

ruleTester(rule, {
  pass: [
    { name: '35 days', resource: db(35), message: /35 days/ },
    { name: 'seven days with the minimum lowered to 7', resource: db(7), options: { minRetentionDays: 7 } },
    { name: 'an Aurora cluster keeping 35 days', resource: resource('AWS::RDS::DBCluster', {}) },
  ],
  fail: [
    { name: 'backups off', resource: db(0), message: /no automated backups/ },
    { name: 'the one-day default of a template', resource: resource('AWS::RDS::DBCluster', { backupRetentionPeriod: 1 }, { origin: iacOrigin('Claims') }), message: /1 day, less than the minimum of 35/ },
  ],
  not_assessed: [{ name: 'retention from an unresolved parameter', resource: db(unknown('parameter Retention has no value')), message: /Retention/ }],
  not_applicable: [{ name: 'an Aurora member, backed up with its cluster', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', backupRetentionPeriod: 0 }) }],
});
