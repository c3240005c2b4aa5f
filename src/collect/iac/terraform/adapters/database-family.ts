import type { TfFamily } from '../types.js';
import { buildFileSystems, FILES_TF_TYPES } from './database-files.js';
import { buildCaches, CACHES_TF_TYPES } from './database-caches.js';
import { buildTables, DYNAMODB_TF_TYPES } from './database-dynamodb.js';
import { buildDomain, OPENSEARCH_TF_TYPES } from './database-opensearch.js';
import { buildRedshift, REDSHIFT_TF_TYPES } from './database-redshift.js';
import { buildRds, RDS_TF_TYPES } from './database-rds.js';

/** Terraform adapters of the database family (RDS, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS and FSx). */
export const DATABASE_TF: TfFamily = {
  tfTypes: [...RDS_TF_TYPES, ...DYNAMODB_TF_TYPES, ...FILES_TF_TYPES, ...OPENSEARCH_TF_TYPES, ...REDSHIFT_TF_TYPES, ...CACHES_TF_TYPES],
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
  build: (of) => [...buildRds(of), ...buildTables(of('aws_dynamodb_table'), of('aws_appautoscaling_target')), ...buildFileSystems(of), ...OPENSEARCH_TF_TYPES.flatMap(of).map(buildDomain), ...buildRedshift(of), ...buildCaches(of)],
};
