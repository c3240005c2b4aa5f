import {
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBInstancesCommand,
  DescribeDBParameterGroupsCommand,
  DescribeDBParametersCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const KEY = `arn:aws:kms:${R}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-100000000001`;
const dbArn = (id: string) => `arn:aws:rds:${R}:${ACCOUNT}:db:${id}`;

describe('RDS instances, clusters and parameter groups', () => {
  it('reads every page of instances, leaves Neptune out, and keeps only the TLS parameters a user set', async () => {
    const rds = mocks.of('rds');
    rds
      .on(DescribeDBInstancesCommand, { Marker: undefined })
      .resolves({
        DBInstances: [
          {
            DBInstanceIdentifier: 'patients-db',
            DBInstanceArn: dbArn('patients-db'),
            DbiResourceId: 'db-ABCDEFGHIJKL',
            Engine: 'postgres',
            EngineVersion: '16.3',
            PubliclyAccessible: false,
            StorageEncrypted: true,
            KmsKeyId: KEY,
            MultiAZ: true,
            BackupRetentionPeriod: 14,
            DeletionProtection: true,
            AutoMinorVersionUpgrade: true,
            MonitoringInterval: 60,
            EnabledCloudwatchLogsExports: ['postgresql'],
            IAMDatabaseAuthenticationEnabled: true,
            DBParameterGroups: [{ DBParameterGroupName: 'patients-pg16', ParameterApplyStatus: 'in-sync' }],
            TagList: [{ Key: 'data-class', Value: 'phi' }],
          },
        ],
        Marker: 'p2',
      })
      .on(DescribeDBInstancesCommand, { Marker: 'p2' })
      .resolves({
        DBInstances: [
          {
            DBInstanceIdentifier: 'claims-1',
            DBInstanceArn: dbArn('claims-1'),
            Engine: 'aurora-mysql',
            DBClusterIdentifier: 'claims',
            PubliclyAccessible: true,
            StorageEncrypted: false,
            MultiAZ: false,
            BackupRetentionPeriod: 1,
            AutoMinorVersionUpgrade: false,
            DBParameterGroups: [{ DBParameterGroupName: 'default.aurora-mysql8.0' }],
          },
          { DBInstanceIdentifier: 'graph-1', Engine: 'neptune', DBClusterIdentifier: 'graph' },
        ],
      });
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        {
          DBClusterIdentifier: 'claims',
          DBClusterArn: `arn:aws:rds:${R}:${ACCOUNT}:cluster:claims`,
          Engine: 'aurora-mysql',
          EngineVersion: '8.0.mysql_aurora.3.05.2',
          EngineMode: 'provisioned',
          StorageEncrypted: true,
          KmsKeyId: KEY,
          MultiAZ: true,
          BackupRetentionPeriod: 7,
          DBClusterParameterGroup: 'claims-params',
        },
        { DBClusterIdentifier: 'docs', Engine: 'docdb' },
      ],
    });
    rds.on(DescribeDBParameterGroupsCommand).resolves({
      DBParameterGroups: [{ DBParameterGroupName: 'patients-pg16', DBParameterGroupFamily: 'postgres16', DBParameterGroupArn: `arn:aws:rds:${R}:${ACCOUNT}:pg:patients-pg16` }],
    });
    rds.on(DescribeDBParametersCommand, { DBParameterGroupName: 'patients-pg16', Source: 'user' }).resolves({
      Parameters: [
        { ParameterName: 'log_connections', ParameterValue: '1', Source: 'user' },
        { ParameterName: 'rds.force_ssl', ParameterValue: '0', Source: 'user' },
      ],
    });
    rds.on(DescribeDBClusterParameterGroupsCommand).resolves({
      DBClusterParameterGroups: [{ DBClusterParameterGroupName: 'claims-params', DBParameterGroupFamily: 'aurora-mysql8.0' }],
    });
    rds.on(DescribeDBClusterParametersCommand).rejects(denied('rds:DescribeDBClusterParameters'));

    const result = await collectAws({ regions: [R] });
    const dbs = ofType(result.resources, 'AWS::RDS::DBInstance').sort((a, b) => b.name.localeCompare(a.name));
    expect(dbs.map((d) => d.name)).toEqual(['patients-db', 'claims-1']);
    expect(dbs[0]).toMatchObject({
      id: dbArn('patients-db'),
      tags: { 'data-class': 'phi' },
      refs: [dbArn('patients-db'), 'patients-db', 'db-ABCDEFGHIJKL'],
      props: { engine: 'postgres', storageEncrypted: true, kmsKeyId: KEY, monitoringInterval: 60, dbParameterGroupName: 'patients-pg16' },
    });
    // Settings AWS leaves out when never turned on read as off.
    expect(dbs[1]!.props).toMatchObject({ dbClusterIdentifier: 'claims', monitoringInterval: 0, enabledLogExports: [], iamDatabaseAuthentication: false, deletionProtection: false });
    const clusters = ofType(result.resources, 'AWS::RDS::DBCluster');
    expect(clusters.map((c) => c.name)).toEqual(['claims']);
    expect(clusters[0]!.props).toMatchObject({ engineMode: 'provisioned', multiAz: true, dbClusterParameterGroupName: 'claims-params' });
    const [group] = ofType(result.resources, 'AWS::RDS::DBParameterGroup');
    expect(group!.props).toEqual({ groupName: 'patients-pg16', family: 'postgres16', parameters: { 'rds.force_ssl': '0' } });
    const [clusterGroup] = ofType(result.resources, 'AWS::RDS::DBClusterParameterGroup');
    expect(clusterGroup!.props.parameters).toEqual(unknown('AccessDenied on rds:DescribeDBClusterParameters'));
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::RDS::DBInstance', complete: true, reasons: [] });
  });

  it('marks instances incomplete when the listing is denied, and snapshots when throttling outlasts the retries', async () => {
    mocks.of('rds').on(DescribeDBInstancesCommand).rejects(denied('rds:DescribeDBInstances'));
    mocks.of('rds').on(DescribeDBSnapshotsCommand).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    const coverage = (type: string) => result.coverage.find((c) => c.type === type);
    expect(coverage('AWS::RDS::DBInstance')).toMatchObject({ complete: false, reasons: [expect.stringMatching(/AccessDenied/)] });
    expect(coverage('AWS::RDS::DBSnapshot')).toMatchObject({ complete: false, reasons: [expect.stringMatching(/[Tt]hrottl/)] });
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/AWS::RDS::DBInstance not fully listed/);
  });

  it('reports nothing, completely listed, for an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    expect(result.resources.filter((r) => r.type.startsWith('AWS::RDS::'))).toEqual([]);
    for (const type of ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot']) {
      expect(result.coverage.find((c) => c.type === type)).toMatchObject({ complete: true });
    }
  });
});

describe('RDS snapshots', () => {
  it('reads sharing of manual snapshots only: restore=all is public, other values are accounts', async () => {
    const rds = mocks.of('rds');
    rds.on(DescribeDBSnapshotsCommand).resolves({
      DBSnapshots: [
        { DBSnapshotIdentifier: 'rds:patients-db-2026-01-01', SnapshotType: 'automated', Engine: 'postgres', Encrypted: true, KmsKeyId: KEY },
        { DBSnapshotIdentifier: 'export-for-vendor', SnapshotType: 'manual', Engine: 'postgres', Encrypted: false },
        { DBSnapshotIdentifier: 'denied-one', SnapshotType: 'manual', Engine: 'mysql', Encrypted: true },
        { DBSnapshotIdentifier: 'gone', SnapshotType: 'manual', Engine: 'mysql', Encrypted: true },
      ],
    });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'export-for-vendor' }).resolves({
      DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all', '444455556666'] }] },
    });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'denied-one' }).rejects(denied('rds:DescribeDBSnapshotAttributes'));
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'gone' })
      .rejects(Object.assign(new Error('not found'), { name: 'DBSnapshotNotFoundFault', $metadata: { httpStatusCode: 404 } }));
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({
      DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'rds:claims-2026-01-01', SnapshotType: 'automated', Engine: 'aurora-mysql', StorageEncrypted: true }],
    });
    const result = await collectAws({ regions: [R] });
    const snaps = ofType(result.resources, 'AWS::RDS::DBSnapshot').sort((a, b) => a.name.localeCompare(b.name));
    expect(snaps.map((s) => [s.name, s.props.public, s.props.sharedWithAccounts])).toEqual([
      ['denied-one', unknown('AccessDenied on rds:DescribeDBSnapshotAttributes'), unknown('AccessDenied on rds:DescribeDBSnapshotAttributes')],
      ['export-for-vendor', true, ['444455556666']],
      ['rds:patients-db-2026-01-01', false, []],
    ]);
    expect(snaps[1]!.props.encrypted).toBe(false);
    expect(ofType(result.resources, 'AWS::RDS::DBClusterSnapshot')[0]!.props).toMatchObject({ encrypted: true, public: false, kmsKeyId: null });
    expect(mocks.of('rds').commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(3);
  });
});
