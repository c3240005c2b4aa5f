import type { ServiceCollector } from '../context.js';
import { codeBuildCollector } from './codebuild.js';
import { ecsCollector, eksCollector } from './containers.js';
import { emrCollector } from './emr.js';
import { kinesisCollector } from './kinesis.js';
import { lambdaCollector } from './lambda.js';
import { snsCollector, sqsCollector } from './messaging.js';
import { sageMakerCollector } from './sagemaker.js';
import { secretsManagerCollector } from './secretsmanager.js';

/** Live collectors of the app family (Lambda, Secrets Manager, SNS, SQS, Kinesis, ECS, EKS, SageMaker, CodeBuild, EMR). */
export const APP_COLLECTORS: readonly ServiceCollector[] = [
  lambdaCollector,
  secretsManagerCollector,
  snsCollector,
  sqsCollector,
  kinesisCollector,
  ecsCollector,
  eksCollector,
  sageMakerCollector,
  codeBuildCollector,
  emrCollector,
];
