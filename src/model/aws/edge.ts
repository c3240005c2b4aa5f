import type { RelationSpec } from './relation-spec.js';

/** Model types of load balancers, API Gateway, CloudFront, ACM, WAF, Direct Connect and Elastic Beanstalk: props settled by every source's adapter. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EdgePropsByType {}

/** What resources of these types name of others. */
export const EDGE_RELATIONS: readonly RelationSpec[] = [];
