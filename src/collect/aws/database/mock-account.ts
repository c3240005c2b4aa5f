import {
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClusterParametersCommand,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBParameterGroupsCommand,
  DescribeDBParametersCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
} from '@aws-sdk/client-rds';
import { DescribeScalableTargetsCommand } from '@aws-sdk/client-application-auto-scaling';
import { DescribeContinuousBackupsCommand, DescribeLimitsCommand, DescribeTableCommand, ListTablesCommand, ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb';
import { DescribeFileSystemPolicyCommand, DescribeFileSystemsCommand } from '@aws-sdk/client-efs';
import { DescribeFileSystemsCommand as DescribeFsxFileSystemsCommand } from '@aws-sdk/client-fsx';
import { DescribeDomainsCommand, ListDomainNamesCommand, ListTagsCommand } from '@aws-sdk/client-opensearch';
import {
  DescribeClusterParameterGroupsCommand,
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeLoggingStatusCommand,
} from '@aws-sdk/client-redshift';
import { DescribeClustersCommand as DescribeDaxClustersCommand, ListTagsCommand as ListDaxTagsCommand } from '@aws-sdk/client-dax';
import { DescribeReplicationInstancesCommand, ListTagsForResourceCommand as ListDmsTagsCommand } from '@aws-sdk/client-database-migration-service';
import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ListTagsForResourceCommand as ListCacheTagsCommand } from '@aws-sdk/client-elasticache';
import type { AwsMocks } from '../test-support/aws-mock.js';

const ACCOUNT = '111122223333';
const R = 'us-east-1';
const KEY = `arn:aws:kms:${R}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-100000000001`;

/**
 * What an empty account answers to the database family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function databaseEmptyAccount(m: AwsMocks): void {
  const rds = m.of('rds');
  rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
  rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
  rds.on(DescribeDBParameterGroupsCommand).resolves({ DBParameterGroups: [] });
  rds.on(DescribeDBClusterParameterGroupsCommand).resolves({ DBClusterParameterGroups: [] });
  rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [] });
  rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
  m.of('dynamodb').on(ListTablesCommand).resolves({ TableNames: [] });
  m.of('dynamodb').on(DescribeLimitsCommand).resolves({
    AccountMaxReadCapacityUnits: 80000,
    AccountMaxWriteCapacityUnits: 80000,
    TableMaxReadCapacityUnits: 40000,
    TableMaxWriteCapacityUnits: 40000,
  });
  m.of('application-autoscaling').on(DescribeScalableTargetsCommand).resolves({ ScalableTargets: [] });
  m.of('elasticfilesystem').on(DescribeFileSystemsCommand).resolves({ FileSystems: [] });
  m.of('fsx').on(DescribeFsxFileSystemsCommand).resolves({ FileSystems: [] });
  m.of('es').on(ListDomainNamesCommand).resolves({ DomainNames: [] });
  m.of('redshift').on(DescribeClustersCommand).resolves({ Clusters: [] });
  m.of('redshift').on(DescribeClusterParameterGroupsCommand).resolves({ ParameterGroups: [] });
  m.of('elasticache').on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [] });
  m.of('elasticache').on(DescribeCacheClustersCommand).resolves({ CacheClusters: [] });
  m.of('dax').on(DescribeDaxClustersCommand).resolves({ Clusters: [] });
  m.of('dms').on(DescribeReplicationInstancesCommand).resolves({ ReplicationInstances: [] });
}

/**
 * One of every resource the database family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function databaseOneOfEverything(m: AwsMocks): void {
  const rds = m.of('rds');
  rds.on(DescribeDBInstancesCommand).resolves({
    DBInstances: [
      {
        DBInstanceIdentifier: 'patients-db',
        DBInstanceArn: `arn:aws:rds:${R}:${ACCOUNT}:db:patients-db`,
        Engine: 'postgres',
        EngineVersion: '16.3',
        PubliclyAccessible: false,
        StorageEncrypted: true,
        KmsKeyId: KEY,
        MultiAZ: true,
        BackupRetentionPeriod: 7,
        AutoMinorVersionUpgrade: true,
        DBParameterGroups: [{ DBParameterGroupName: 'patients-pg16', ParameterApplyStatus: 'in-sync' }],
      },
    ],
  });
  rds.on(DescribeDBClustersCommand).resolves({
    DBClusters: [{ DBClusterIdentifier: 'claims', DBClusterArn: `arn:aws:rds:${R}:${ACCOUNT}:cluster:claims`, Engine: 'aurora-mysql', StorageEncrypted: true, MultiAZ: true, BackupRetentionPeriod: 7, DBClusterParameterGroup: 'claims-params' }],
  });
  rds.on(DescribeDBParameterGroupsCommand).resolves({ DBParameterGroups: [{ DBParameterGroupName: 'patients-pg16', DBParameterGroupFamily: 'postgres16' }] });
  rds.on(DescribeDBParametersCommand).resolves({ Parameters: [{ ParameterName: 'rds.force_ssl', ParameterValue: '1', Source: 'user' }] });
  rds.on(DescribeDBClusterParameterGroupsCommand).resolves({
    DBClusterParameterGroups: [{ DBClusterParameterGroupName: 'claims-params', DBParameterGroupFamily: 'aurora-mysql8.0' }],
  });
  rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [{ ParameterName: 'require_secure_transport', ParameterValue: 'ON', Source: 'user' }] });
  rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotIdentifier: 'patients-manual', SnapshotType: 'manual', Engine: 'postgres', Encrypted: true, KmsKeyId: KEY }] });
  rds.on(DescribeDBSnapshotAttributesCommand).resolves({
    DBSnapshotAttributesResult: { DBSnapshotIdentifier: 'patients-manual', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] },
  });
  rds.on(DescribeDBClusterSnapshotsCommand).resolves({
    DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'claims-manual', SnapshotType: 'manual', Engine: 'aurora-mysql', StorageEncrypted: true, KmsKeyId: KEY }],
  });
  rds.on(DescribeDBClusterSnapshotAttributesCommand).resolves({
    DBClusterSnapshotAttributesResult: {
      DBClusterSnapshotIdentifier: 'claims-manual',
      DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }],
    },
  });
  const ddb = m.of('dynamodb');
  ddb.on(ListTablesCommand).resolves({ TableNames: ['appointments'] });
  ddb.on(DescribeTableCommand).resolves({
    Table: {
      TableName: 'appointments',
      TableArn: `arn:aws:dynamodb:${R}:${ACCOUNT}:table/appointments`,
      BillingModeSummary: { BillingMode: 'PROVISIONED' },
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: KEY },
    },
  });
  ddb.on(DescribeContinuousBackupsCommand).resolves({
    ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' } },
  });
  ddb.on(ListTagsOfResourceCommand).resolves({ Tags: [{ Key: 'data-class', Value: 'phi' }] });
  m.of('application-autoscaling').on(DescribeScalableTargetsCommand).resolves({
    ScalableTargets: [
      { ServiceNamespace: 'dynamodb', ResourceId: 'table/appointments', ScalableDimension: 'dynamodb:table:ReadCapacityUnits', MinCapacity: 5, MaxCapacity: 100, RoleARN: 'arn:aws:iam::111122223333:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable', CreationTime: new Date('2026-01-01') },
    ],
  });
  m.of('elasticfilesystem').on(DescribeFileSystemsCommand).resolves({
    FileSystems: [
      { OwnerId: ACCOUNT, CreationToken: 'scans', FileSystemId: 'fs-0123456789abcdef0', CreationTime: new Date('2026-01-01'), LifeCycleState: 'available', NumberOfMountTargets: 2, SizeInBytes: { Value: 6144 }, PerformanceMode: 'generalPurpose', Encrypted: true, KmsKeyId: KEY, Tags: [] },
    ],
  });
  m.of('elasticfilesystem').on(DescribeFileSystemPolicyCommand).resolves({ FileSystemId: 'fs-0123456789abcdef0', Policy: '{"Version":"2012-10-17","Statement":[]}' });
  m.of('fsx').on(DescribeFsxFileSystemsCommand).resolves({
    FileSystems: [{ FileSystemId: 'fs-0abcdef1234567890', FileSystemType: 'WINDOWS', KmsKeyId: KEY, ResourceARN: `arn:aws:fsx:${R}:${ACCOUNT}:file-system/fs-0abcdef1234567890` }],
  });
  const es = m.of('es');
  es.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'clinical-notes', EngineType: 'OpenSearch' }] });
  es.on(DescribeDomainsCommand).resolves({
    DomainStatusList: [
      {
        DomainId: `${ACCOUNT}/clinical-notes`,
        DomainName: 'clinical-notes',
        ARN: `arn:aws:es:${R}:${ACCOUNT}:domain/clinical-notes`,
        ClusterConfig: {},
        EngineVersion: 'OpenSearch_2.13',
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY },
        NodeToNodeEncryptionOptions: { Enabled: true },
        VPCOptions: { VPCId: 'vpc-0abc', SubnetIds: ['subnet-1'] },
      },
    ],
  });
  es.on(ListTagsCommand).resolves({ TagList: [] });
  const redshift = m.of('redshift');
  redshift.on(DescribeClustersCommand).resolves({
    Clusters: [
      {
        ClusterIdentifier: 'claims-warehouse',
        Encrypted: true,
        KmsKeyId: KEY,
        PubliclyAccessible: false,
        EnhancedVpcRouting: true,
        AutomatedSnapshotRetentionPeriod: 35,
        AllowVersionUpgrade: true,
        PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
        ClusterParameterGroups: [{ ParameterGroupName: 'claims-warehouse-params', ParameterApplyStatus: 'in-sync' }],
      },
    ],
  });
  redshift.on(DescribeLoggingStatusCommand).resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog'] });
  redshift.on(DescribeClusterParameterGroupsCommand).resolves({ ParameterGroups: [{ ParameterGroupName: 'claims-warehouse-params', ParameterGroupFamily: 'redshift-1.0' }] });
  redshift.on(DescribeClusterParametersCommand).resolves({ Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'true', Source: 'user' }] });
  const cache = m.of('elasticache');
  cache.on(DescribeReplicationGroupsCommand).resolves({
    ReplicationGroups: [{ ReplicationGroupId: 'sessions', ARN: `arn:aws:elasticache:${R}:${ACCOUNT}:replicationgroup:sessions`, Engine: 'redis', AtRestEncryptionEnabled: true, KmsKeyId: KEY, TransitEncryptionEnabled: true, TransitEncryptionMode: 'required', SnapshotRetentionLimit: 35 }],
  });
  cache.on(DescribeCacheClustersCommand).resolves({
    CacheClusters: [{ CacheClusterId: 'sessions-001', ARN: `arn:aws:elasticache:${R}:${ACCOUNT}:cluster:sessions-001`, Engine: 'redis', ReplicationGroupId: 'sessions', AtRestEncryptionEnabled: true, TransitEncryptionEnabled: true }],
  });
  cache.on(ListCacheTagsCommand).resolves({ TagList: [] });
  m.of('dax').on(DescribeDaxClustersCommand).resolves({
    Clusters: [{ ClusterName: 'appointments-cache', ClusterArn: `arn:aws:dax:${R}:${ACCOUNT}:cache/appointments-cache`, SSEDescription: { Status: 'ENABLED' }, ClusterEndpointEncryptionType: 'TLS' }],
  });
  m.of('dax').on(ListDaxTagsCommand).resolves({ Tags: [] });
  m.of('dms').on(DescribeReplicationInstancesCommand).resolves({
    ReplicationInstances: [{ ReplicationInstanceIdentifier: 'ehr-migration', ReplicationInstanceArn: `arn:aws:dms:${R}:${ACCOUNT}:rep:EHRMIGRATION`, PubliclyAccessible: false, KmsKeyId: KEY }],
  });
  m.of('dms').on(ListDmsTagsCommand).resolves({ TagList: [] });
}
