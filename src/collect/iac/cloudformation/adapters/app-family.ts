import { codeBuildProject } from './app-codebuild.js';
import { emrCluster, emrSecurityConfiguration } from './app-emr.js';
import { ecsTaskDefinition, eksCluster } from './app-containers.js';
import { lambdaFunction, permissionJoin, urlJoin } from './app-lambda.js';
import { kinesisStream, snsTopic, sqsQueue } from './app-messaging.js';
import { endpointConfig, notebookInstance } from './app-sagemaker.js';
import { rotationScheduleJoin, secret } from './app-secrets.js';
import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the app family (Lambda, ECS, EKS, SNS, SQS, Kinesis, Secrets Manager, SageMaker, CodeBuild and EMR). */
export const APP_CFN: CfnFamily = {
  types: [
    'AWS::Lambda::Function',
    'AWS::SecretsManager::Secret',
    'AWS::SNS::Topic',
    'AWS::SQS::Queue',
    'AWS::Kinesis::Stream',
    'AWS::ECS::TaskDefinition',
    'AWS::EKS::Cluster',
    'AWS::SageMaker::NotebookInstance',
    'AWS::SageMaker::EndpointConfig',
    'AWS::CodeBuild::Project',
    'AWS::EMR::Cluster',
    'AWS::EMR::SecurityConfiguration',
  ],
  adapters: [
    ['AWS::Lambda::Function', lambdaFunction],
    ['AWS::SecretsManager::Secret', secret],
    ['AWS::SNS::Topic', snsTopic],
    ['AWS::SQS::Queue', sqsQueue],
    ['AWS::Kinesis::Stream', kinesisStream],
    ['AWS::ECS::TaskDefinition', ecsTaskDefinition],
    ['AWS::EKS::Cluster', eksCluster],
    ['AWS::SageMaker::NotebookInstance', notebookInstance],
    ['AWS::SageMaker::EndpointConfig', endpointConfig],
    ['AWS::CodeBuild::Project', codeBuildProject],
    ['AWS::EMR::Cluster', emrCluster],
    ['AWS::EMR::SecurityConfiguration', emrSecurityConfiguration],
  ],
  joins: [permissionJoin, urlJoin, rotationScheduleJoin],
};
