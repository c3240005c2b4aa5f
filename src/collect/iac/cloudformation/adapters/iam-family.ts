import { IAM_JOINS } from './iam-joins.js';
import { iamGroup, iamManagedPolicy, iamRole, iamUser } from './iam-principals.js';
import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the iam family (IAM and Organizations). */
export const IAM_CFN: CfnFamily = {
  types: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy'],
  adapters: [
    ['AWS::IAM::User', iamUser],
    ['AWS::IAM::Group', iamGroup],
    ['AWS::IAM::Role', iamRole],
    ['AWS::IAM::ManagedPolicy', iamManagedPolicy],
  ],
  joins: IAM_JOINS,
};
