import { efsFileSystem, fsxFileSystem } from './database-files.js';
import { cacheCluster, daxCluster, dmsReplicationInstance, replicationGroup } from './database-caches.js';
import { dynamodbTable, scalableTargetJoin } from './database-dynamodb.js';
import { openSearchDomain } from './database-opensearch.js';
import { redshiftCluster, redshiftParameterGroup } from './database-redshift.js';
import { rdsCluster, rdsClusterParameterGroup, rdsInstance, rdsParameterGroup } from './database-rds.js';
import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the database family (RDS, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS and FSx). */
export const DATABASE_CFN: CfnFamily = {
  types: [
    'AWS::RDS::DBInstance',
    'AWS::RDS::DBCluster',
    'AWS::RDS::DBParameterGroup',
    'AWS::RDS::DBClusterParameterGroup',
    'AWS::DynamoDB::Table',
    'AWS::EFS::FileSystem',
    'AWS::FSx::FileSystem',
    'AWS::OpenSearchService::Domain',
    'AWS::Redshift::Cluster',
    'AWS::Redshift::ClusterParameterGroup',
    'AWS::ElastiCache::ReplicationGroup',
    'AWS::ElastiCache::CacheCluster',
    'AWS::DAX::Cluster',
    'AWS::DMS::ReplicationInstance',
  ],
  adapters: [
    ['AWS::RDS::DBInstance', rdsInstance],
    ['AWS::RDS::DBCluster', rdsCluster],
    ['AWS::RDS::DBParameterGroup', rdsParameterGroup],
    ['AWS::RDS::DBClusterParameterGroup', rdsClusterParameterGroup],
    ['AWS::DynamoDB::Table', dynamodbTable],
    ['AWS::EFS::FileSystem', efsFileSystem],
    ['AWS::FSx::FileSystem', fsxFileSystem],
    ['AWS::OpenSearchService::Domain', openSearchDomain],
    ['AWS::Elasticsearch::Domain', openSearchDomain],
    ['AWS::Redshift::Cluster', redshiftCluster],
    ['AWS::Redshift::ClusterParameterGroup', redshiftParameterGroup],
    ['AWS::ElastiCache::ReplicationGroup', replicationGroup],
    ['AWS::ElastiCache::CacheCluster', cacheCluster],
    ['AWS::DAX::Cluster', daxCluster],
    ['AWS::DMS::ReplicationInstance', dmsReplicationInstance],
  ],
  joins: [scalableTargetJoin],
};
