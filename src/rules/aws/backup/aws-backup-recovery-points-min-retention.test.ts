import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-recovery-points-min-retention.js';

const points = (retention: { days: number | null; count: number }[] | ReturnType<typeof unknown>) => resource('AWS::Backup::RecoveryPoints', { retention });

ruleTester(rule, {
  pass: [
    { name: 'all kept 35 days or forever', resource: points([{ days: 35, count: 10 }, { days: null, count: 2 }]) },
    { name: 'an empty vault', resource: points([]) },
    { name: '14 days when the minimum is lowered', resource: points([{ days: 14, count: 3 }]), options: { minRetentionDays: 14 } },
  ],
  fail: [{ name: 'some kept a week', resource: points([{ days: 7, count: 4 }, { days: 35, count: 9 }]), message: /^4 recovery.*after 7/ }],
  not_assessed: [{ name: 'listing throttled', resource: points(unknown('throttled: backup:ListRecoveryPointsByBackupVault gave up after 10 attempts')) }],
});
