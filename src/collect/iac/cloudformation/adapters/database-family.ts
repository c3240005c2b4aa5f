import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the database family (RDS, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS and FSx). */
export const DATABASE_CFN: CfnFamily = { types: [], adapters: [], joins: [] };
