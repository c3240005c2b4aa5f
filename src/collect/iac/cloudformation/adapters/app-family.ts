import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the app family (Lambda, ECS, EKS, ECR, SNS, SQS, Kinesis, Secrets Manager, SageMaker, EMR and CodeBuild). */
export const APP_CFN: CfnFamily = { types: [], adapters: [], joins: [] };
