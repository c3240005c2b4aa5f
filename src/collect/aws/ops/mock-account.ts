import {
  GetBackupPlanCommand,
  GetBackupSelectionCommand,
  GetBackupVaultAccessPolicyCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListBackupVaultsCommand,
  ListProtectedResourcesCommand,
  ListRecoveryPointsByBackupVaultCommand,
  ListTagsCommand,
} from '@aws-sdk/client-backup';
import { DescribeAlarmsCommand, ListTagsForResourceCommand as ListAlarmTagsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import {
  GetDetectorCommand,
  GetFindingsCommand,
  GetFindingsStatisticsCommand,
  ListDetectorsCommand,
  ListFindingsCommand,
} from '@aws-sdk/client-guardduty';
import { BatchGetAccountStatusCommand } from '@aws-sdk/client-inspector2';
import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand } from '@aws-sdk/client-macie2';
import { DescribeHubCommand, GetEnabledStandardsCommand } from '@aws-sdk/client-securityhub';
import { ACCOUNT, type AwsMocks, awsError } from '../test-support/aws-mock.js';

const R = 'us-east-1';

/** Security Hub's answer where the hub is not enabled. */
export const hubNotEnabled = (): Error =>
  awsError('InvalidAccessException', 401, `Account ${ACCOUNT} is not subscribed to AWS Security Hub`);
/** Macie's answer where it was never enabled. */
export const macieNotEnabled = (): Error =>
  awsError('AccessDeniedException', 403, 'Macie is not enabled. To use Macie, you must enable it first.');

/**
 * What an empty account answers to the ops family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function opsEmptyAccount(m: AwsMocks): void {
  m.of('guardduty').on(ListDetectorsCommand).resolves({ DetectorIds: [] });
  m.of('securityhub').on(DescribeHubCommand).rejects(hubNotEnabled());
  m.of('macie2').on(GetMacieSessionCommand).rejects(macieNotEnabled());
  m.of('inspector2').on(BatchGetAccountStatusCommand).resolves({
    accounts: [
      {
        accountId: ACCOUNT,
        state: { status: 'DISABLED' } as never,
        resourceState: { ec2: { status: 'DISABLED' } as never, ecr: { status: 'DISABLED' } as never, lambda: { status: 'DISABLED' } as never, lambdaCode: { status: 'DISABLED' } as never },
      },
    ],
    failedAccounts: [],
  });
  m.of('config').on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
  m.of('config').on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
  m.of('config').on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] });
  m.of('cloudwatch').on(DescribeAlarmsCommand).resolves({ MetricAlarms: [], CompositeAlarms: [] });
  m.of('logs').on(DescribeMetricFiltersCommand).resolves({ metricFilters: [] });
  m.of('backup').on(ListBackupPlansCommand).resolves({ BackupPlansList: [] });
  m.of('backup').on(ListBackupVaultsCommand).resolves({ BackupVaultList: [] });
  m.of('backup').on(ListProtectedResourcesCommand).resolves({ Results: [] });
}

/**
 * One of every resource the ops family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function opsOneOfEverything(m: AwsMocks): void {
  const gd = m.of('guardduty');
  gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
  gd.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: 'r', Tags: {} });
  gd.on(GetFindingsStatisticsCommand).resolves({ FindingStatistics: { CountBySeverity: { '8': 1 } } });
  gd.on(ListFindingsCommand).resolves({ FindingIds: ['f1'] });
  gd.on(GetFindingsCommand).resolves({ Findings: [{ Id: 'f1', CreatedAt: '2025-01-01T00:00:00.000Z' } as never] });
  m.of('securityhub').on(DescribeHubCommand).resolves({ HubArn: `arn:aws:securityhub:${R}:${ACCOUNT}:hub/default` });
  m.of('securityhub').on(GetEnabledStandardsCommand).resolves({ StandardsSubscriptions: [] });
  m.of('macie2').on(GetMacieSessionCommand).resolves({ status: 'ENABLED' });
  m.of('macie2').on(GetAutomatedDiscoveryConfigurationCommand).resolves({ status: 'ENABLED' });
  m.of('config').on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default', roleARN: 'r' }] });
  m.of('cloudwatch').on(DescribeAlarmsCommand).resolves({ MetricAlarms: [{ AlarmName: 'a', AlarmArn: `arn:aws:cloudwatch:${R}:${ACCOUNT}:alarm:a` }] });
  m.of('cloudwatch').on(ListAlarmTagsCommand).resolves({ Tags: [] });
  const b = m.of('backup');
  b.on(ListBackupPlansCommand).resolves({ BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanName: 'p' }] });
  b.on(GetBackupPlanCommand).resolves({ BackupPlan: { BackupPlanName: 'p', Rules: [] } });
  b.on(ListBackupSelectionsCommand).resolves({ BackupSelectionsList: [{ SelectionId: 's1', BackupPlanId: 'p1' }] });
  b.on(GetBackupSelectionCommand).resolves({ BackupSelection: { SelectionName: 's', IamRoleArn: 'r', Resources: ['*'] } });
  b.on(ListBackupVaultsCommand).resolves({ BackupVaultList: [{ BackupVaultName: 'v', BackupVaultArn: `arn:aws:backup:${R}:${ACCOUNT}:backup-vault:v` }] });
  b.on(GetBackupVaultAccessPolicyCommand).resolves({ Policy: '{"Statement":[]}' });
  b.on(ListRecoveryPointsByBackupVaultCommand).resolves({ RecoveryPoints: [] });
  b.on(ListTagsCommand).resolves({ Tags: {} });
}
