import type { TfFamily } from '../types.js';

/** Terraform adapters of the app family (Lambda, ECS, EKS, ECR, SNS, SQS, Kinesis, Secrets Manager, SageMaker, EMR and CodeBuild). */
export const APP_TF: TfFamily = { tfTypes: [], types: [], build: () => [] };
