import type {
  RdsDbClusterProps,
  RdsDbInstanceProps,
  RdsParameterGroupProps,
  RdsSnapshotProps,
} from './database-rds.js';
import type {
  DaxClusterProps,
  DynamoDbAccountLimitsProps,
  DmsReplicationInstanceProps,
  DynamoDbTableProps,
  EfsFileSystemProps,
  ElastiCacheCacheClusterProps,
  ElastiCacheReplicationGroupProps,
  FsxFileSystemProps,
  OpenSearchDomainProps,
  RedshiftClusterParameterGroupProps,
  RedshiftClusterProps,
} from './database-stores.js';
import { field, type RelationSpec, spec } from './relation-spec.js';

export type * from './database-rds.js';
export type * from './database-stores.js';

/** Model types of RDS and Aurora, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS and FSx: props settled by every source's adapter. */
export interface DatabasePropsByType {
  'AWS::RDS::DBInstance': RdsDbInstanceProps;
  'AWS::RDS::DBCluster': RdsDbClusterProps;
  'AWS::RDS::DBSnapshot': RdsSnapshotProps;
  'AWS::RDS::DBClusterSnapshot': RdsSnapshotProps;
  'AWS::RDS::DBParameterGroup': RdsParameterGroupProps;
  'AWS::RDS::DBClusterParameterGroup': RdsParameterGroupProps;
  'AWS::DynamoDB::Table': DynamoDbTableProps;
  'AWS::DynamoDB::AccountLimits': DynamoDbAccountLimitsProps;
  'AWS::DAX::Cluster': DaxClusterProps;
  'AWS::Redshift::Cluster': RedshiftClusterProps;
  'AWS::Redshift::ClusterParameterGroup': RedshiftClusterParameterGroupProps;
  'AWS::OpenSearchService::Domain': OpenSearchDomainProps;
  'AWS::ElastiCache::ReplicationGroup': ElastiCacheReplicationGroupProps;
  'AWS::ElastiCache::CacheCluster': ElastiCacheCacheClusterProps;
  'AWS::DMS::ReplicationInstance': DmsReplicationInstanceProps;
  'AWS::EFS::FileSystem': EfsFileSystemProps;
  'AWS::FSx::FileSystem': FsxFileSystemProps;
}

/** What resources of these types name of others. */
export const DATABASE_RELATIONS: readonly RelationSpec[] = [
  spec({ from: 'AWS::RDS::DBInstance', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::RDS::DBCluster', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::RDS::DBSnapshot', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::RDS::DBClusterSnapshot', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::DynamoDB::Table', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [field(p.sse, (s) => s.kmsKeyId)] }),
  spec({ from: 'AWS::Redshift::Cluster', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::OpenSearchService::Domain', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::ElastiCache::ReplicationGroup', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::DMS::ReplicationInstance', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::EFS::FileSystem', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::FSx::FileSystem', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({
    from: 'AWS::OpenSearchService::Domain',
    kind: 'logs-to',
    to: 'AWS::Logs::LogGroup',
    refs: (p) => (Array.isArray(p.logPublishing) ? p.logPublishing.map((l) => l.logGroupArn) : []),
  }),
];
