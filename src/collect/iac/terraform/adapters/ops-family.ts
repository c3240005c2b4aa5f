import type { TfFamily } from '../types.js';
import { buildOpsBackup, OPS_BACKUP_TF_TYPES } from './ops-backup.js';
import { buildOpsMonitoring, OPS_MONITORING_TF_TYPES } from './ops-monitoring.js';
import { buildOpsSecurity, OPS_SECURITY_TF_TYPES } from './ops-security.js';

/** Terraform adapters of the ops family (GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch and AWS Backup). */
export const OPS_TF: TfFamily = {
  tfTypes: [...OPS_SECURITY_TF_TYPES, ...OPS_MONITORING_TF_TYPES, ...OPS_BACKUP_TF_TYPES],
  types: [
    'AWS::GuardDuty::Detector',
    'AWS::SecurityHub::Hub',
    'AWS::Config::ConfigurationRecorder',
    'AWS::Config::DeliveryChannel',
    'AWS::CloudWatch::Alarm',
    'AWS::Logs::MetricFilter',
    'AWS::Backup::BackupPlan',
    'AWS::Backup::BackupVault',
  ],
  build: (of) => [...buildOpsSecurity(of), ...buildOpsMonitoring(of), ...buildOpsBackup(of)],
};
