import type { RelationSpec } from './relation-spec.js';

/** Model types of EC2, EBS, VPC networking, Auto Scaling and Systems Manager: props settled by every source's adapter. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Ec2PropsByType {}

/** What resources of these types name of others. */
export const EC2_RELATIONS: readonly RelationSpec[] = [];
