import type { TfFamily } from '../types.js';
import { buildCodeBuildProjects, CODEBUILD_TYPES } from './app-codebuild.js';
import { buildEmrCluster, buildEmrSecurityConfiguration, EMR_TYPES } from './app-emr.js';
import { buildEksCluster, buildTaskDefinition, CONTAINER_TYPES } from './app-containers.js';
import { buildFunctions, LAMBDA_TYPES } from './app-lambda.js';
import { buildQueue, buildStream, buildTopic, MESSAGING_TYPES } from './app-messaging.js';
import { buildEndpointConfig, buildNotebook, SAGEMAKER_TYPES } from './app-sagemaker.js';
import { buildSecrets, SECRETS_TYPES } from './app-secrets.js';

/** Terraform adapters of the app family (Lambda, ECS, EKS, SNS, SQS, Kinesis, Secrets Manager, SageMaker, CodeBuild and EMR). */
export const APP_TF: TfFamily = {
  tfTypes: [...LAMBDA_TYPES, ...SECRETS_TYPES, ...MESSAGING_TYPES, ...CONTAINER_TYPES, ...SAGEMAKER_TYPES, ...CODEBUILD_TYPES, ...EMR_TYPES],
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
  build: (of) => [
    ...buildFunctions(of('aws_lambda_function'), of('aws_lambda_permission'), of('aws_lambda_function_url')),
    ...buildSecrets(of('aws_secretsmanager_secret'), of('aws_secretsmanager_secret_rotation')),
    ...of('aws_sns_topic').map(buildTopic),
    ...of('aws_sqs_queue').map(buildQueue),
    ...of('aws_kinesis_stream').map(buildStream),
    ...of('aws_ecs_task_definition').map(buildTaskDefinition),
    ...of('aws_eks_cluster').map(buildEksCluster),
    ...of('aws_sagemaker_notebook_instance').map(buildNotebook),
    ...of('aws_sagemaker_endpoint_configuration').map(buildEndpointConfig),
    ...buildCodeBuildProjects(of('aws_codebuild_project'), of('aws_codebuild_source_credential')),
    ...of('aws_emr_cluster').map(buildEmrCluster),
    ...of('aws_emr_security_configuration').map(buildEmrSecurityConfiguration),
  ],
};
