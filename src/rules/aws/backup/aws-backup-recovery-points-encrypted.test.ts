import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-recovery-points-encrypted.js';

const points = (unencrypted: number | ReturnType<typeof unknown>) => resource('AWS::Backup::RecoveryPoints', { unencrypted });

ruleTester(rule, {
  pass: [{ name: 'all encrypted', resource: points(0), message: /Every recovery point/ }],
  fail: [{ name: 'three unencrypted', resource: points(3), message: /^3 recovery/ }],
  not_assessed: [{ name: 'listing denied', resource: points(unknown('AccessDenied on backup:ListRecoveryPointsByBackupVault')) }],
});
