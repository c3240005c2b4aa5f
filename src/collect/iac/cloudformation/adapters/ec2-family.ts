import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the ec2 family (EC2, EBS, VPC, Auto Scaling and Systems Manager). */
export const EC2_CFN: CfnFamily = { types: [], adapters: [], joins: [] };
