import type { ServiceCollector } from '../context.js';

/** Live collectors of the app family (Lambda, ECS, EKS, ECR, SNS, SQS, Kinesis, Secrets Manager, SageMaker, EMR, CodeBuild). */
export const APP_COLLECTORS: readonly ServiceCollector[] = [];
