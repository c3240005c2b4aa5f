import { backupPlan, backupSelectionJoin, backupVault } from './ops-backup.js';
import { cloudwatchAlarm, metricFilter } from './ops-monitoring.js';
import { configDeliveryChannel, configRecorder, guarddutyDetector, securityHub } from './ops-security.js';
import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the ops family (GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch and AWS Backup). */
export const OPS_CFN: CfnFamily = {
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
  adapters: [
    ['AWS::GuardDuty::Detector', guarddutyDetector],
    ['AWS::SecurityHub::Hub', securityHub],
    ['AWS::Config::ConfigurationRecorder', configRecorder],
    ['AWS::Config::DeliveryChannel', configDeliveryChannel],
    ['AWS::CloudWatch::Alarm', cloudwatchAlarm],
    ['AWS::Logs::MetricFilter', metricFilter],
    ['AWS::Backup::BackupPlan', backupPlan],
    ['AWS::Backup::BackupVault', backupVault],
  ],
  joins: [backupSelectionJoin],
};
