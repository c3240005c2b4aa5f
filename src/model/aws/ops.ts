import type { RelationSpec } from './relation-spec.js';

/** Model types of security and operations services: GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch alarms, AWS Backup and account-wide tagging: props settled by every source's adapter. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OpsPropsByType {}

/** What resources of these types name of others. */
export const OPS_RELATIONS: readonly RelationSpec[] = [];
