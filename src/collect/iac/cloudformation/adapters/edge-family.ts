import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the edge family (ELB, ELBv2, API Gateway, CloudFront, ACM, WAF, Direct Connect and Elastic Beanstalk). */
export const EDGE_CFN: CfnFamily = { types: [], adapters: [], joins: [] };
