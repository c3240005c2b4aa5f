import type { RelationSpec } from './relation-spec.js';

/** Model types of IAM (users, groups, roles, policies, password policy, root) and Organizations: props settled by every source's adapter. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface IamPropsByType {}

/** What resources of these types name of others. */
export const IAM_RELATIONS: readonly RelationSpec[] = [];
