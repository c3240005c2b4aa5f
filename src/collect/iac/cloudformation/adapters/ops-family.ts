import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the ops family (GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch and AWS Backup). */
export const OPS_CFN: CfnFamily = { types: [], adapters: [], joins: [] };
