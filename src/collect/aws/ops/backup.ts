import type { ServiceCollector } from '../context.js';
import { collectPlans } from './backup-plans.js';
import { collectProtected, collectVaults } from './backup-vaults.js';

/** AWS Backup: plans (selections joined), vaults, recovery points per vault, protected resources. */
const permissions = {
  'backup:ListBackupPlans': 'backup:ListBackupPlans',
  'backup:GetBackupPlan': 'backup:GetBackupPlan',
  'backup:ListBackupSelections': 'backup:ListBackupSelections',
  'backup:GetBackupSelection': 'backup:GetBackupSelection',
  'backup:ListBackupVaults': 'backup:ListBackupVaults',
  'backup:GetBackupVaultAccessPolicy': 'backup:GetBackupVaultAccessPolicy',
  'backup:ListRecoveryPointsByBackupVault': 'backup:ListRecoveryPointsByBackupVault',
  'backup:ListProtectedResources': 'backup:ListProtectedResources',
  'backup:ListTags': 'backup:ListTags',
};

export const backupCollector: ServiceCollector = {
  service: 'backup',
  types: ['AWS::Backup::BackupPlan', 'AWS::Backup::BackupVault', 'AWS::Backup::RecoveryPoints', 'AWS::Backup::ProtectedResources'],
  permissions,
  collect: (ctx) =>
    ctx.forEachRegion(async (region) => {
      await Promise.all([collectPlans(ctx, region), collectVaults(ctx, region), collectProtected(ctx, region)]);
    }),
};
