import type { SageMakerEndpointConfigProps, SageMakerNotebookInstanceProps } from './app-analytics.js';
import type { CodeBuildProjectProps } from './app-codebuild.js';
import type { EmrClusterProps, EmrSecurityConfigurationProps } from './app-emr.js';
import type { EcsTaskDefinitionProps, EksClusterProps } from './app-containers.js';
import type { LambdaFunctionProps } from './app-lambda.js';
import type { KinesisStreamProps, SnsTopicProps, SqsQueueProps } from './app-messaging.js';
import type { SecretsManagerSecretProps } from './app-secrets.js';
import { type RelationSpec, spec } from './relation-spec.js';

export type * from './app-analytics.js';
export type * from './app-codebuild.js';
export type * from './app-containers.js';
export type * from './app-emr.js';
export type * from './app-lambda.js';
export type * from './app-messaging.js';
export type * from './app-secrets.js';

/** Model types of Lambda, containers (ECS, EKS), messaging (SNS, SQS, Kinesis), Secrets Manager and SageMaker: props settled by every source's adapter. */
export interface AppPropsByType {
  'AWS::Lambda::Function': LambdaFunctionProps;
  'AWS::ECS::TaskDefinition': EcsTaskDefinitionProps;
  'AWS::EKS::Cluster': EksClusterProps;
  'AWS::SNS::Topic': SnsTopicProps;
  'AWS::SQS::Queue': SqsQueueProps;
  'AWS::Kinesis::Stream': KinesisStreamProps;
  'AWS::SecretsManager::Secret': SecretsManagerSecretProps;
  'AWS::SageMaker::NotebookInstance': SageMakerNotebookInstanceProps;
  'AWS::SageMaker::EndpointConfig': SageMakerEndpointConfigProps;
  'AWS::CodeBuild::Project': CodeBuildProjectProps;
  'AWS::EMR::Cluster': EmrClusterProps;
  'AWS::EMR::SecurityConfiguration': EmrSecurityConfigurationProps;
}

const KEY = 'AWS::KMS::Key' as const;

/** What resources of these types name of others. */
export const APP_RELATIONS: readonly RelationSpec[] = [
  spec({ from: 'AWS::Lambda::Function', kind: 'encrypted-by', to: KEY, refs: (p) => [p.kmsKeyArn] }),
  spec({ from: 'AWS::Lambda::Function', kind: 'delivers-to', to: 'AWS::SQS::Queue', refs: (p) => [p.deadLetterTargetArn] }),
  spec({ from: 'AWS::Lambda::Function', kind: 'delivers-to', to: 'AWS::SNS::Topic', refs: (p) => [p.deadLetterTargetArn] }),
  spec({ from: 'AWS::EKS::Cluster', kind: 'encrypted-by', to: KEY, refs: (p) => [p.secretsKmsKeyArn] }),
  spec({ from: 'AWS::SNS::Topic', kind: 'encrypted-by', to: KEY, refs: (p) => [p.kmsMasterKeyId] }),
  spec({ from: 'AWS::SQS::Queue', kind: 'encrypted-by', to: KEY, refs: (p) => [p.kmsMasterKeyId] }),
  spec({ from: 'AWS::Kinesis::Stream', kind: 'encrypted-by', to: KEY, refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::SecretsManager::Secret', kind: 'encrypted-by', to: KEY, refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::SageMaker::NotebookInstance', kind: 'encrypted-by', to: KEY, refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::SageMaker::EndpointConfig', kind: 'encrypted-by', to: KEY, refs: (p) => [p.kmsKeyId] }),
];
