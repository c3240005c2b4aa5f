import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the iam family (IAM and Organizations). */
export const IAM_CFN: CfnFamily = { types: [], adapters: [], joins: [] };
