import type { TfFamily } from '../types.js';

/** Terraform adapters of the database family (RDS, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS and FSx). */
export const DATABASE_TF: TfFamily = { tfTypes: [], types: [], build: () => [] };
