import type { OpsPropsByType } from '../../../model/aws/ops.js';
import type { GoodDefaults } from './types.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

/** Known-good props of each ops type: a resource every rule passes. */
export const OPS_GOOD: GoodDefaults<OpsPropsByType> = {
  'AWS::GuardDuty::Detector': () => ({
    detectorId: '12abc34d567e8fa901bc2d34e56789f0',
    status: 'ENABLED',
    findings: { activeBySeverity: [], oldestActiveCreatedAt: null },
  }),
  'AWS::SecurityHub::Hub': () => ({
    enabled: true,
    standards: [`arn:aws:securityhub:${REGION}:${ACCOUNT}:subscription/aws-foundational-security-best-practices/v/1.0.0`],
  }),
  'AWS::Macie::Session': () => ({ status: 'ENABLED', automatedDiscovery: 'ENABLED' }),
  'AWS::Inspector2::Account': () => ({ scans: { EC2: 'ENABLED', ECR: 'ENABLED', LAMBDA: 'ENABLED', LAMBDA_CODE: 'ENABLED' } }),
  'AWS::Config::ConfigurationRecorder': () => ({
    name: 'default',
    recording: true,
    allSupported: true,
    includeGlobalResourceTypes: true,
    lastStatus: 'SUCCESS',
  }),
  'AWS::Config::DeliveryChannel': () => ({ channelName: 'default', s3BucketName: 'config-history' }),
  'AWS::CloudWatch::Alarm': () => ({
    alarmName: 'root-account-usage',
    actionsEnabled: true,
    alarmActions: [`arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`],
    okActions: [],
    insufficientDataActions: [],
    metrics: [{ namespace: 'CISBenchmark', metricName: 'RootAccountUsage' }],
  }),
  'AWS::Logs::MetricFilter': () => ({
    filterName: 'root-account-usage',
    logGroupName: 'cloudtrail',
    filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    metrics: [{ namespace: 'CISBenchmark', metricName: 'RootAccountUsage' }],
  }),
  'AWS::Backup::BackupPlan': () => ({
    planName: 'phi-daily',
    rules: [
      {
        ruleName: 'daily',
        targetVault: 'phi-vault',
        schedule: 'cron(0 5 ? * * *)',
        deleteAfterDays: 35,
        copyActions: [{ destinationVaultArn: `arn:aws:backup:us-west-2:${ACCOUNT}:backup-vault:phi-vault-dr`, deleteAfterDays: 35 }],
      },
    ],
    selections: [
      {
        selectionName: 'phi-tagged',
        resources: ['*'],
        notResources: [],
        listOfTags: [],
        conditions: [{ op: 'StringEquals', key: 'data-classification', value: 'phi' }],
      },
    ],
  }),
  'AWS::Backup::BackupVault': () => ({
    vaultName: 'phi-vault',
    encryptionKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000004`,
    accessPolicy: null,
    lock: { minRetentionDays: 35, maxRetentionDays: null, mode: 'compliance' },
  }),
  'AWS::Backup::RecoveryPoints': () => ({ vaultName: 'phi-vault', total: 40, unencrypted: 0, retention: [{ days: 35, count: 40 }] }),
  'AWS::Backup::ProtectedResources': () => ({ resourceArns: [] }),
};
