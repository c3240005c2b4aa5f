import type { RelationSpec } from './relation-spec.js';

/** Model types of RDS and Aurora, DynamoDB, DAX, Redshift, ElastiCache, OpenSearch, DMS, EFS and FSx: props settled by every source's adapter. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DatabasePropsByType {}

/** What resources of these types name of others. */
export const DATABASE_RELATIONS: readonly RelationSpec[] = [];
