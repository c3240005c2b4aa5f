import { DescribeScalableTargetsCommand } from '@aws-sdk/client-application-auto-scaling';
import { DescribeContinuousBackupsCommand, DescribeTableCommand, ListTablesCommand, ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const KEY = `arn:aws:kms:${R}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-100000000003`;
const arn = (name: string) => `arn:aws:dynamodb:${R}:${ACCOUNT}:table/${name}`;

function tables(): void {
  const ddb = mocks.of('dynamodb');
  ddb
    .on(ListTablesCommand, { ExclusiveStartTableName: undefined })
    .resolves({ TableNames: ['appointments', 'audit-events'], LastEvaluatedTableName: 'audit-events' })
    .on(ListTablesCommand, { ExclusiveStartTableName: 'audit-events' })
    .resolves({ TableNames: ['gone', 'sessions'] });
  ddb.on(DescribeTableCommand, { TableName: 'appointments' }).resolves({
    Table: {
      TableName: 'appointments',
      TableArn: arn('appointments'),
      ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 },
      GlobalSecondaryIndexes: [{ IndexName: 'by-patient', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }],
      SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: KEY },
    },
  });
  ddb.on(DescribeTableCommand, { TableName: 'audit-events' }).resolves({
    Table: { TableName: 'audit-events', TableArn: arn('audit-events'), BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' } },
  });
  ddb.on(DescribeTableCommand, { TableName: 'gone' }).rejects(awsError('ResourceNotFoundException', 400));
  ddb.on(DescribeTableCommand, { TableName: 'sessions' }).rejects(deniedJson('dynamodb:DescribeTable'));
  ddb.on(DescribeContinuousBackupsCommand).resolves({
    ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' } },
  });
  ddb.on(DescribeContinuousBackupsCommand, { TableName: 'appointments' }).resolves({
    ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' } },
  });
  ddb.on(ListTagsOfResourceCommand).resolves({ Tags: [] });
  ddb.on(ListTagsOfResourceCommand, { ResourceArn: arn('appointments') }).resolves({ Tags: [{ Key: 'data-class', Value: 'phi' }] });
}

describe('DynamoDB tables', () => {
  it('reads every page of tables, SSE, PITR, tags and which provisioned dimensions auto scale', async () => {
    tables();
    mocks.of('application-autoscaling').on(DescribeScalableTargetsCommand).resolves({
      ScalableTargets: [
        { ServiceNamespace: 'dynamodb', ResourceId: 'table/appointments', ScalableDimension: 'dynamodb:table:ReadCapacityUnits', MinCapacity: 5, MaxCapacity: 50, RoleARN: 'r', CreationTime: new Date() },
        { ServiceNamespace: 'dynamodb', ResourceId: 'table/appointments', ScalableDimension: 'dynamodb:table:WriteCapacityUnits', MinCapacity: 5, MaxCapacity: 50, RoleARN: 'r', CreationTime: new Date() },
        { ServiceNamespace: 'dynamodb', ResourceId: 'table/appointments/index/by-patient', ScalableDimension: 'dynamodb:index:ReadCapacityUnits', MinCapacity: 5, MaxCapacity: 50, RoleARN: 'r', CreationTime: new Date() },
      ],
    });
    const result = await collectAws({ regions: [R] });
    const [appointments, audit, sessions] = ofType(result.resources, 'AWS::DynamoDB::Table');
    expect(appointments).toMatchObject({ id: arn('appointments'), refs: [arn('appointments'), 'appointments'], tags: { 'data-class': 'phi' } });
    expect(appointments!.props).toEqual({
      tableName: 'appointments',
      billingMode: 'PROVISIONED',
      sse: { type: 'KMS', kmsKeyId: KEY },
      pointInTimeRecovery: true,
      capacity: [
        { resource: 'table', dimension: 'read', autoScaled: true },
        { resource: 'table', dimension: 'write', autoScaled: true },
        { resource: 'index/by-patient', dimension: 'read', autoScaled: true },
        { resource: 'index/by-patient', dimension: 'write', autoScaled: false },
      ],
    });
    // No SSEDescription: the AWS-owned key; on demand: no capacity to scale.
    expect(audit!.props).toMatchObject({ billingMode: 'PAY_PER_REQUEST', sse: { type: 'AWS_OWNED', kmsKeyId: null }, pointInTimeRecovery: false, capacity: [] });
    expect(sessions!.props).toMatchObject({ billingMode: expect.objectContaining({ $unknown: expect.stringMatching(/AccessDenied/) }), sse: expect.objectContaining({ $unknown: expect.stringMatching(/AccessDenied/) }) });
    expect(result.resources.some((r) => r.name === 'gone')).toBe(false);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::DynamoDB::Table', complete: true, reasons: [] });
  });

  it('leaves auto scaling unknown for provisioned tables when Application Auto Scaling is throttled', async () => {
    tables();
    mocks.of('application-autoscaling').on(DescribeScalableTargetsCommand).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    const [appointments, audit] = ofType(result.resources, 'AWS::DynamoDB::Table');
    expect(appointments!.props.capacity).toEqual({ $unknown: expect.stringMatching(/[Tt]hrottl/) });
    expect(audit!.props.capacity).toEqual([]);
  });

  it('sums the provisioned capacity of tables and indexes against the account limits, unknown when a table cannot be read', async () => {
    tables();
    let result = await collectAws({ regions: [R] });
    let [limits] = ofType(result.resources, 'AWS::DynamoDB::AccountLimits');
    expect(limits).toMatchObject({ id: `arn:aws:dynamodb:${R}:${ACCOUNT}:account-limits`, props: { accountMaxReadCapacityUnits: 80000, provisionedReadCapacityUnits: { $unknown: expect.stringMatching(/AccessDenied/) } } });
    mocks.of('dynamodb').on(DescribeTableCommand, { TableName: 'sessions' }).resolves({ Table: { TableName: 'sessions', TableArn: arn('sessions'), ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 50 } } });
    result = await collectAws({ regions: [R] });
    [limits] = ofType(result.resources, 'AWS::DynamoDB::AccountLimits');
    // appointments 10 + by-patient 5 read, 5 + 5 write; sessions 100 / 50; audit-events is on demand.
    expect(limits!.props).toEqual({ accountMaxReadCapacityUnits: 80000, accountMaxWriteCapacityUnits: 80000, provisionedReadCapacityUnits: 115, provisionedWriteCapacityUnits: 60 });
  });

  it('marks tables incomplete when ListTables is denied', async () => {
    mocks.of('dynamodb').on(ListTablesCommand).rejects(deniedJson('dynamodb:ListTables'));
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::DynamoDB::Table')).toMatchObject({ complete: false, reasons: [expect.stringMatching(/AccessDenied/)] });
  });
});
