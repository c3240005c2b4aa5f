import type {
  BackupPlanProps,
  BackupProtectedResourcesProps,
  BackupRecoveryPointsProps,
  BackupVaultProps,
} from './ops-backup.js';
import type { CloudWatchAlarmProps, LogsMetricFilterProps } from './ops-monitoring.js';
import type {
  ConfigDeliveryChannelProps,
  ConfigRecorderProps,
  GuardDutyDetectorProps,
  Inspector2AccountProps,
  MacieSessionProps,
  SecurityHubHubProps,
} from './ops-security.js';
import { type RelationSpec, spec } from './relation-spec.js';
import { isUnknown } from '../unknown.js';

export type * from './ops-backup.js';
export type * from './ops-monitoring.js';
export type * from './ops-security.js';

/** Model types of security and operations services: GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch alarms, AWS Backup and account-wide tagging: props settled by every source's adapter. */
export interface OpsPropsByType {
  'AWS::GuardDuty::Detector': GuardDutyDetectorProps;
  'AWS::SecurityHub::Hub': SecurityHubHubProps;
  'AWS::Macie::Session': MacieSessionProps;
  'AWS::Inspector2::Account': Inspector2AccountProps;
  'AWS::Config::ConfigurationRecorder': ConfigRecorderProps;
  'AWS::Config::DeliveryChannel': ConfigDeliveryChannelProps;
  'AWS::CloudWatch::Alarm': CloudWatchAlarmProps;
  'AWS::Logs::MetricFilter': LogsMetricFilterProps;
  'AWS::Backup::BackupPlan': BackupPlanProps;
  'AWS::Backup::BackupVault': BackupVaultProps;
  'AWS::Backup::RecoveryPoints': BackupRecoveryPointsProps;
  'AWS::Backup::ProtectedResources': BackupProtectedResourcesProps;
}

/** What resources of these types name of others. */
export const OPS_RELATIONS: readonly RelationSpec[] = [
  spec({ from: 'AWS::Backup::BackupVault', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.encryptionKeyArn] }),
  spec({
    from: 'AWS::Backup::BackupPlan',
    kind: 'delivers-to',
    to: 'AWS::Backup::BackupVault',
    refs: (p) => (isUnknown(p.rules) ? [] : p.rules.map((r) => r.targetVault)),
  }),
];
