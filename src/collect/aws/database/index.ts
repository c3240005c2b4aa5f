import type { ServiceCollector } from '../context.js';

/** Live collectors of the database family (RDS, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS, FSx). */
export const DATABASE_COLLECTORS: readonly ServiceCollector[] = [];
