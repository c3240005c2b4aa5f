import type { ServiceCollector } from '../context.js';
import { daxCollector, dmsCollector, elasticacheCollector } from './caches.js';
import { dynamodbCollector } from './dynamodb.js';
import { efsCollector, fsxCollector } from './efs.js';
import { opensearchCollector } from './opensearch.js';
import { rdsCollector } from './rds.js';
import { redshiftCollector } from './redshift.js';
import { rdsSnapshotsCollector } from './rds-snapshots.js';

/** Live collectors of the database family (RDS, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS, FSx). */
export const DATABASE_COLLECTORS: readonly ServiceCollector[] = [rdsCollector, rdsSnapshotsCollector, dynamodbCollector, efsCollector, fsxCollector, opensearchCollector, redshiftCollector, elasticacheCollector, daxCollector, dmsCollector];
