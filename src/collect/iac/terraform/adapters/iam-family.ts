import type { TfFamily } from '../types.js';
import { buildPasswordPolicy } from './iam-account.js';
import { buildPrincipals, IAM_PRINCIPAL_TYPES } from './iam-principals.js';

/** Terraform adapters of the iam family (IAM and Organizations). */
export const IAM_TF: TfFamily = {
  tfTypes: [...IAM_PRINCIPAL_TYPES, 'aws_iam_account_password_policy'],
  types: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::AccountPasswordPolicy'],
  build: (of) => [...buildPrincipals(of), ...of('aws_iam_account_password_policy').map(buildPasswordPolicy)],
};
