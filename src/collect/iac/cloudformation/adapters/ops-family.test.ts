import { describe, expect, it } from 'vitest';
import type { AnyResource, Resource, ResourceType } from '../../../../model/resource.js';
import { unknown } from '../../../../model/unknown.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): AnyResource[] {
  const yaml = `Parameters:\n  P: {Type: String}\n  Days: {Type: Number, Default: "35"}\nResources:\n${resources}`;
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return result.resources;
}
const one = <T extends ResourceType>(list: AnyResource[], type: T, id: string) =>
  list.find((r) => r.type === type && r.id === `tpl.yaml#${id}`) as unknown as Resource<T>;

describe('ops family: CloudFormation', () => {
  it('reads detectors (Enable required) and hubs (default standards on unless declined)', () => {
    const list = parse(`  On: {Type: AWS::GuardDuty::Detector, Properties: {Enable: true}}
  Off: {Type: AWS::GuardDuty::Detector, Properties: {Enable: "false"}}
  Hub: {Type: AWS::SecurityHub::Hub}
  Bare: {Type: AWS::SecurityHub::Hub, Properties: {EnableDefaultStandards: false}}
`);
    expect(one(list, 'AWS::GuardDuty::Detector', 'On').props.status).toBe('ENABLED');
    expect(one(list, 'AWS::GuardDuty::Detector', 'Off').props).toEqual({
      detectorId: unknown('the detector id is assigned when the stack is deployed'),
      status: 'DISABLED',
      findings: unknown('findings exist only in the live account'),
    });
    expect(one(list, 'AWS::SecurityHub::Hub', 'Hub').props.standards).toHaveLength(2);
    expect(one(list, 'AWS::SecurityHub::Hub', 'Bare').props.standards).toMatchObject({ $unknown: expect.stringMatching(/AWS::SecurityHub::Standard/) });
  });

  it('reads recorders: no group records all but not global, exclusions and other strategies are partial', () => {
    const list = parse(`  A: {Type: AWS::Config::ConfigurationRecorder, Properties: {RoleARN: r}}
  B: {Type: AWS::Config::ConfigurationRecorder, Properties: {RoleARN: r, RecordingGroup: {AllSupported: true, IncludeGlobalResourceTypes: true}}}
  C: {Type: AWS::Config::ConfigurationRecorder, Properties: {RoleARN: r, RecordingGroup: {RecordingStrategy: {UseOnly: EXCLUSION_BY_RESOURCE_TYPES}, ExclusionByResourceTypes: {ResourceTypes: [AWS::EC2::NetworkInterface]}}}}
  Ch: {Type: AWS::Config::DeliveryChannel, Properties: {S3BucketName: config-history}}
`);
    expect(one(list, 'AWS::Config::ConfigurationRecorder', 'A').props).toEqual({ name: 'default', recording: true, allSupported: true, includeGlobalResourceTypes: false, lastStatus: null });
    expect(one(list, 'AWS::Config::ConfigurationRecorder', 'B').props).toMatchObject({ allSupported: true, includeGlobalResourceTypes: true });
    expect(one(list, 'AWS::Config::ConfigurationRecorder', 'C').props.allSupported).toBe(false);
    expect(one(list, 'AWS::Config::DeliveryChannel', 'Ch').props).toEqual({ channelName: 'default', s3BucketName: 'config-history' });
  });

  it('reads alarms (actions on by default, metric math) and metric filters', () => {
    const list = parse(`  T: {Type: AWS::SNS::Topic}
  Al: {Type: AWS::CloudWatch::Alarm, Properties: {AlarmName: root, Namespace: CIS, MetricName: Root, AlarmActions: [!Ref T], ComparisonOperator: GreaterThanThreshold, EvaluationPeriods: 1}}
  Math:
    Type: AWS::CloudWatch::Alarm
    Properties:
      ActionsEnabled: false
      AlarmActions: [!Ref P]
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Metrics:
        - Id: m1
          MetricStat: {Metric: {Namespace: CIS, MetricName: Vpc}, Period: 300, Stat: Sum}
        - Id: e1
          Expression: m1 * 2
  F: {Type: AWS::Logs::MetricFilter, Properties: {LogGroupName: cloudtrail, FilterPattern: '{ $.eventName = X }', MetricTransformations: [{MetricName: Root, MetricNamespace: CIS, MetricValue: "1"}]}}
`);
    expect(one(list, 'AWS::CloudWatch::Alarm', 'Al').props).toEqual({
      alarmName: 'root',
      actionsEnabled: true,
      alarmActions: ['ref:tpl.yaml#T'],
      okActions: [],
      insufficientDataActions: [],
      metrics: [{ namespace: 'CIS', metricName: 'Root' }],
    });
    const math = one(list, 'AWS::CloudWatch::Alarm', 'Math').props;
    expect(math).toMatchObject({ actionsEnabled: false, metrics: [{ namespace: 'CIS', metricName: 'Vpc' }] });
    expect(math.alarmActions[0]).toMatchObject({ $unknown: expect.stringMatching(/P/) });
    expect(one(list, 'AWS::Logs::MetricFilter', 'F').props).toEqual({
      filterName: 'F',
      logGroupName: 'cloudtrail',
      filterPattern: '{ $.eventName = X }',
      metrics: [{ namespace: 'CIS', metricName: 'Root' }],
    });
  });

  it('reads plans with selections joined, and vaults with key, policy and lock mode', () => {
    const list = parse(`  V:
    Type: AWS::Backup::BackupVault
    Properties:
      BackupVaultName: phi
      LockConfiguration: {MinRetentionDays: 35, ChangeableForDays: 3}
      AccessPolicy: {Statement: [{Effect: Deny, Principal: "*", Action: "backup:DeleteRecoveryPoint", Resource: "*"}]}
  G: {Type: AWS::Backup::BackupVault, Properties: {BackupVaultName: g, LockConfiguration: {MinRetentionDays: 7}}}
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule:
          - {RuleName: d, TargetBackupVault: !Ref V, ScheduleExpression: "cron(0 5 ? * * *)", Lifecycle: {DeleteAfterDays: !Ref Days}}
  Sel:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: !Ref Plan
      BackupSelection:
        SelectionName: phi
        IamRoleArn: r
        Resources: ["*"]
        NotResources: [!Ref P]
        ListOfTags: [{ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily}]
        Conditions: {StringLike: [{ConditionKey: "aws:ResourceTag/data-classification", ConditionValue: "phi*"}]}
`);
    const plan = one(list, 'AWS::Backup::BackupPlan', 'Plan').props;
    expect(plan.rules).toEqual([{ ruleName: 'd', targetVault: 'ref:tpl.yaml#V', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 35, copyActions: [] }]);
    expect(plan.selections).toEqual([
      {
        selectionName: 'phi',
        resources: ['*'],
        notResources: [expect.objectContaining({ $unknown: expect.any(String) })],
        listOfTags: [{ op: 'StringEquals', key: 'backup', value: 'daily' }],
        conditions: [{ op: 'StringLike', key: 'data-classification', value: 'phi*' }],
      },
    ]);
    const v = one(list, 'AWS::Backup::BackupVault', 'V').props;
    expect(v).toMatchObject({ vaultName: 'phi', encryptionKeyArn: null, lock: { minRetentionDays: 35, maxRetentionDays: null, mode: 'compliance' } });
    expect(v.accessPolicy).toMatchObject({ statements: [{ effect: 'Deny', action: ['backup:DeleteRecoveryPoint'] }] });
    expect(one(list, 'AWS::Backup::BackupVault', 'G').props.lock).toEqual({ minRetentionDays: 7, maxRetentionDays: null, mode: 'governance' });
  });
});
