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
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const b = () => mocks.of('backup');
const VAULT_ARN = `arn:aws:backup:${R}:${ACCOUNT}:backup-vault:phi-vault`;
const scan = () => collectAws({ regions: [R] });

function onePlan(): void {
  b().on(ListBackupPlansCommand).resolves({ BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanName: 'phi-daily', BackupPlanArn: `arn:aws:backup:${R}:${ACCOUNT}:backup-plan:p1` }] });
  b().on(GetBackupPlanCommand).resolves({
    BackupPlan: {
      BackupPlanName: 'phi-daily',
      Rules: [
        {
          RuleName: 'daily',
          TargetBackupVaultName: 'phi-vault',
          ScheduleExpression: 'cron(0 5 ? * * *)',
          Lifecycle: { DeleteAfterDays: 35 },
          CopyActions: [{ DestinationBackupVaultArn: 'arn:aws:backup:us-west-2:111122223333:backup-vault:dr', Lifecycle: { DeleteAfterDays: 90 } }],
        },
      ],
    },
  });
  b().on(ListBackupSelectionsCommand, { NextToken: undefined }).resolves({ BackupSelectionsList: [{ SelectionId: 's1' }], NextToken: 'n2' });
  b().on(ListBackupSelectionsCommand, { NextToken: 'n2' }).resolves({ BackupSelectionsList: [{ SelectionId: 's2' }] });
  b().on(GetBackupSelectionCommand, { SelectionId: 's1' }).resolves({
    BackupSelection: {
      SelectionName: 'by-tag',
      IamRoleArn: 'role',
      Resources: ['*'],
      Conditions: { StringEquals: [{ ConditionKey: 'aws:ResourceTag/data-classification', ConditionValue: 'phi' }], StringNotLike: [{ ConditionKey: 'aws:ResourceTag/env', ConditionValue: 'dev*' }] },
    },
  });
  b().on(GetBackupSelectionCommand, { SelectionId: 's2' }).resolves({
    BackupSelection: { SelectionName: 'legacy', IamRoleArn: 'role', ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }], NotResources: ['arn:aws:ec2:*:*:volume/vol-scratch'] },
  });
  b().on(ListTagsCommand).resolves({ Tags: { owner: 'platform' } });
}

describe('AWS Backup plans', () => {
  it('reads rules and joins every page of selections', async () => {
    onePlan();
    const [plan] = ofType((await scan()).resources, 'AWS::Backup::BackupPlan');
    expect(plan!.tags).toEqual({ owner: 'platform' });
    expect(plan!.props.rules).toEqual([
      {
        ruleName: 'daily',
        targetVault: 'phi-vault',
        schedule: 'cron(0 5 ? * * *)',
        deleteAfterDays: 35,
        copyActions: [{ destinationVaultArn: 'arn:aws:backup:us-west-2:111122223333:backup-vault:dr', deleteAfterDays: 90 }],
      },
    ]);
    const sels = plan!.props.selections as { selectionName: string }[];
    expect(sels.sort((a, c) => a.selectionName.localeCompare(c.selectionName))).toEqual([
      {
        selectionName: 'by-tag',
        resources: ['*'],
        notResources: [],
        listOfTags: [],
        conditions: [
          { op: 'StringEquals', key: 'data-classification', value: 'phi' },
          { op: 'StringNotLike', key: 'env', value: 'dev*' },
        ],
      },
      { selectionName: 'legacy', resources: [], notResources: ['arn:aws:ec2:*:*:volume/vol-scratch'], listOfTags: [{ op: 'StringEquals', key: 'backup', value: 'daily' }], conditions: [] },
    ]);
  });

  it('leaves selections unknown when one cannot be read, and rules unknown when the plan cannot', async () => {
    onePlan();
    b().on(GetBackupSelectionCommand, { SelectionId: 's2' }).rejects(deniedJson('backup:GetBackupSelection'));
    b().on(GetBackupPlanCommand).rejects(throttled());
    const [plan] = ofType((await scan()).resources, 'AWS::Backup::BackupPlan');
    expect(plan!.props.selections).toEqual(unknown('AccessDenied on backup:GetBackupSelection'));
    expect(plan!.props.rules).toEqual(unknown('throttled: backup:GetBackupPlan gave up after 10 attempts'));
  });

  it('marks plans incomplete when the listing is denied', async () => {
    b().on(ListBackupPlansCommand).rejects(deniedJson('backup:ListBackupPlans'));
    const result = await scan();
    expect(result.coverage.find((c) => c.type === 'AWS::Backup::BackupPlan')).toMatchObject({ complete: false, reasons: [`AccessDenied on backup:ListBackupPlans in ${R}`] });
  });
});

describe('AWS Backup vaults and recovery points', () => {
  it('reads key, policy and lock, and summarises recovery points page by page', async () => {
    b().on(ListBackupVaultsCommand).resolves({
      BackupVaultList: [{ BackupVaultName: 'phi-vault', BackupVaultArn: VAULT_ARN, EncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k', Locked: true, MinRetentionDays: 35, LockDate: new Date('2025-01-01') }],
    });
    b().on(GetBackupVaultAccessPolicyCommand).resolves({ Policy: JSON.stringify({ Statement: [{ Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }] }) });
    b().on(ListTagsCommand).resolves({ Tags: {} });
    const created = new Date('2025-03-01T00:00:00Z');
    const at = (days: number) => new Date(created.getTime() + days * 86_400_000);
    b().on(ListRecoveryPointsByBackupVaultCommand, { NextToken: undefined }).resolves({
      RecoveryPoints: [
        { RecoveryPointArn: 'rp1', Status: 'COMPLETED', IsEncrypted: true, CreationDate: created, CalculatedLifecycle: { DeleteAt: at(35) } },
        { RecoveryPointArn: 'rp2', Status: 'COMPLETED', IsEncrypted: false, CreationDate: created, CalculatedLifecycle: { DeleteAt: at(7) } },
      ],
      NextToken: 'r2',
    });
    b().on(ListRecoveryPointsByBackupVaultCommand, { NextToken: 'r2' }).resolves({
      RecoveryPoints: [
        { RecoveryPointArn: 'rp3', Status: 'COMPLETED', IsEncrypted: true, CreationDate: created },
        { RecoveryPointArn: 'rp4', Status: 'EXPIRED', IsEncrypted: false, CreationDate: created },
      ],
    });
    const result = await scan();
    expect(ofType(result.resources, 'AWS::Backup::BackupVault')[0]!.props).toEqual({
      vaultName: 'phi-vault',
      encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k',
      accessPolicy: { statements: [{ effect: 'Deny', principal: '*', action: ['backup:DeleteRecoveryPoint'], resource: ['*'] }] },
      lock: { minRetentionDays: 35, maxRetentionDays: null, mode: 'compliance' },
    });
    expect(ofType(result.resources, 'AWS::Backup::RecoveryPoints')[0]!.props).toEqual({
      vaultName: 'phi-vault',
      total: 3,
      unencrypted: 1,
      retention: [
        { days: 7, count: 1 },
        { days: 35, count: 1 },
        { days: null, count: 1 },
      ],
    });
  });

  it('reads no vault policy as none, and a denied recovery point listing as unknown counts', async () => {
    b().on(ListBackupVaultsCommand).resolves({ BackupVaultList: [{ BackupVaultName: 'v', BackupVaultArn: VAULT_ARN }] });
    b().on(GetBackupVaultAccessPolicyCommand).rejects(awsError('ResourceNotFoundException', 404, 'no policy'));
    b().on(ListTagsCommand).resolves({ Tags: {} });
    b().on(ListRecoveryPointsByBackupVaultCommand).rejects(deniedJson('backup:ListRecoveryPointsByBackupVault'));
    const result = await scan();
    expect(ofType(result.resources, 'AWS::Backup::BackupVault')[0]!.props).toMatchObject({ accessPolicy: null, lock: null, encryptionKeyArn: null });
    const why = unknown('AccessDenied on backup:ListRecoveryPointsByBackupVault');
    expect(ofType(result.resources, 'AWS::Backup::RecoveryPoints')[0]!.props).toEqual({ vaultName: 'v', total: why, unencrypted: why, retention: why });
  });

  it('lists protected resources per region', async () => {
    b().on(ListProtectedResourcesCommand).resolves({ Results: [{ ResourceArn: 'arn:aws:dynamodb:us-east-1:111122223333:table/patients', ResourceType: 'DynamoDB' }] });
    const [p] = ofType((await scan()).resources, 'AWS::Backup::ProtectedResources');
    expect(p!.props.resourceArns).toEqual(['arn:aws:dynamodb:us-east-1:111122223333:table/patients']);
  });
});
