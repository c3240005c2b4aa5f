import { allTri, anyTri, appliesToEveryone, coversAction, hasEffect } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-backup-vault-manual-deletion-disabled',
    title: 'Backup vault prevents recovery points from being deleted by hand',
    severity: 'high',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.312(c)(1)'],
    resourceTypes: ['AWS::Backup::BackupVault'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['backup-vault-manual-deletion-disabled'],
    rationale:
      'Ransomware operators and disgruntled insiders delete backups first. Unless the vault policy denies ' +
      'backup:DeleteRecoveryPoint to everyone, or a compliance-mode Vault Lock holds recovery points for their ' +
      'retention, anyone with broad Backup permissions can destroy the copies the contingency plan relies on.',
    remediation: {
      text: 'Attach a vault access policy denying backup:DeleteRecoveryPoint (and backup:UpdateRecoveryPointLifecycle) to every principal, or lock the vault in compliance mode.',
      cli: 'aws backup put-backup-vault-access-policy --backup-vault-name VAULT --policy \'{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":["backup:DeleteRecoveryPoint","backup:UpdateRecoveryPointLifecycle"],"Resource":"*"}]}\'\naws backup put-backup-vault-lock-configuration --backup-vault-name VAULT --min-retention-days 35 --changeable-for-days 3',
      terraform:
        'resource "aws_backup_vault_lock_configuration" "phi" {\n  backup_vault_name   = aws_backup_vault.phi.name\n  min_retention_days  = 35\n  changeable_for_days = 3\n}',
      cloudformation: 'LockConfiguration:\n  MinRetentionDays: 35\n  ChangeableForDays: 3',
    },
  },
  evaluate(vault) {
    const { lock, accessPolicy } = vault.props;
    if (!isUnknown(lock) && lock?.mode === 'compliance') {
      return pass('A compliance-mode Vault Lock keeps recovery points until their retention ends.', ev('lock', lock));
    }
    if (isUnknown(accessPolicy)) return unknownResult('accessPolicy', accessPolicy);
    const denies = anyTri(
      (accessPolicy?.statements ?? []).map((st) =>
        allTri([hasEffect(st, 'Deny'), appliesToEveryone(st, 'Deny'), coversAction(st, 'backup:DeleteRecoveryPoint')]),
      ),
    );
    const evidence = [ev('accessPolicy', accessPolicy), ev('lock', lock)];
    if (denies === true) return pass('The vault policy denies backup:DeleteRecoveryPoint to every principal.', ...evidence);
    if (isUnknown(denies)) return notAssessed(denies.$unknown, ...evidence);
    if (isUnknown(lock)) return unknownResult('lock', lock);
    const why = lock ? 'its governance-mode lock can be removed by anyone allowed to' : 'it has no Vault Lock';
    return fail(`The vault policy does not deny backup:DeleteRecoveryPoint, and ${why}.`, ...evidence);
  },
});
