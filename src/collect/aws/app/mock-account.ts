import {
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  ListFunctionsCommand,
  ListFunctionUrlConfigsCommand,
  ListTagsCommand as ListLambdaTagsCommand,
} from '@aws-sdk/client-lambda';
import { DescribeTaskDefinitionCommand, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { DescribeClusterCommand as DescribeEksClusterCommand, ListClustersCommand as ListEksClustersCommand } from '@aws-sdk/client-eks';
import { DescribeStreamSummaryCommand, ListStreamsCommand, ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import { GetTopicAttributesCommand, ListTagsForResourceCommand as ListSnsTagsCommand, ListTopicsCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ListQueuesCommand, ListQueueTagsCommand } from '@aws-sdk/client-sqs';
import {
  DescribeEndpointConfigCommand,
  DescribeNotebookInstanceCommand,
  ListEndpointConfigsCommand,
  ListNotebookInstancesCommand,
  ListTagsCommand as ListSageMakerTagsCommand,
} from '@aws-sdk/client-sagemaker';
import { ListSecretsCommand } from '@aws-sdk/client-secrets-manager';
import { BatchGetProjectsCommand, ListProjectsCommand, ListSourceCredentialsCommand } from '@aws-sdk/client-codebuild';
import {
  DescribeClusterCommand as DescribeEmrClusterCommand,
  DescribeSecurityConfigurationCommand,
  ListClustersCommand as ListEmrClustersCommand,
  ListInstancesCommand,
  ListSecurityConfigurationsCommand,
} from '@aws-sdk/client-emr';
import { ACCOUNT, type AwsMocks } from '../test-support/aws-mock.js';

const R = 'us-east-1';

/**
 * What an empty account answers to the app family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function appEmptyAccount(m: AwsMocks): void {
  m.of('lambda').on(ListFunctionsCommand).resolves({ Functions: [] });
  m.of('secretsmanager').on(ListSecretsCommand).resolves({ SecretList: [] });
  m.of('sns').on(ListTopicsCommand).resolves({ Topics: [] });
  m.of('sqs').on(ListQueuesCommand).resolves({});
  m.of('kinesis').on(ListStreamsCommand).resolves({ StreamNames: [], StreamSummaries: [], HasMoreStreams: false });
  m.of('ecs').on(ListTaskDefinitionFamiliesCommand).resolves({ families: [] });
  m.of('eks').on(ListEksClustersCommand).resolves({ clusters: [] });
  m.of('sagemaker').on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [] });
  m.of('sagemaker').on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  m.of('codebuild').on(ListProjectsCommand).resolves({ projects: [] });
  m.of('elasticmapreduce').on(ListEmrClustersCommand).resolves({ Clusters: [] });
  m.of('elasticmapreduce').on(ListSecurityConfigurationsCommand).resolves({ SecurityConfigurations: [] });
}

/**
 * One of every resource the app family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function appOneOfEverything(m: AwsMocks): void {
  const fn = `arn:aws:lambda:${R}:${ACCOUNT}:function:f`;
  m.of('lambda').on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'f', FunctionArn: fn, Role: `arn:aws:iam::${ACCOUNT}:role/f` }] });
  m.of('lambda').on(GetPolicyCommand).resolves({ Policy: '{"Version":"2012-10-17","Statement":[]}' });
  m.of('lambda').on(GetFunctionConcurrencyCommand).resolves({ ReservedConcurrentExecutions: 5 });
  m.of('lambda').on(ListFunctionUrlConfigsCommand).resolves({ FunctionUrlConfigs: [] });
  m.of('lambda').on(ListLambdaTagsCommand).resolves({ Tags: {} });
  m.of('secretsmanager').on(ListSecretsCommand).resolves({ SecretList: [{ ARN: `arn:aws:secretsmanager:${R}:${ACCOUNT}:secret:s-AbCdEf`, Name: 's' }] });
  m.of('sns').on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: `arn:aws:sns:${R}:${ACCOUNT}:t` }] });
  m.of('sns').on(GetTopicAttributesCommand).resolves({ Attributes: {} });
  m.of('sns').on(ListSnsTagsCommand).resolves({ Tags: [] });
  m.of('sqs').on(ListQueuesCommand).resolves({ QueueUrls: [`https://sqs.${R}.amazonaws.com/${ACCOUNT}/q`] });
  m.of('sqs').on(GetQueueAttributesCommand).resolves({ Attributes: { QueueArn: `arn:aws:sqs:${R}:${ACCOUNT}:q` } });
  m.of('sqs').on(ListQueueTagsCommand).resolves({});
  m.of('kinesis').on(ListStreamsCommand).resolves({ StreamNames: ['s'], StreamSummaries: [{ StreamName: 's', StreamARN: `arn:aws:kinesis:${R}:${ACCOUNT}:stream/s`, StreamStatus: 'ACTIVE' }], HasMoreStreams: false });
  m.of('kinesis').on(DescribeStreamSummaryCommand).resolves({ StreamDescriptionSummary: { EncryptionType: 'NONE' } as never });
  m.of('kinesis').on(ListTagsForStreamCommand).resolves({ Tags: [], HasMoreTags: false });
  m.of('ecs').on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['api'] });
  m.of('ecs').on(DescribeTaskDefinitionCommand).resolves({
    taskDefinition: { taskDefinitionArn: `arn:aws:ecs:${R}:${ACCOUNT}:task-definition/api:3`, family: 'api', revision: 3, containerDefinitions: [{ name: 'app' }] },
    tags: [],
  });
  m.of('eks').on(ListEksClustersCommand).resolves({ clusters: ['k'] });
  m.of('eks').on(DescribeEksClusterCommand).resolves({ cluster: { name: 'k', arn: `arn:aws:eks:${R}:${ACCOUNT}:cluster/k` } });
  m.of('sagemaker').on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [{ NotebookInstanceName: 'n', NotebookInstanceArn: `arn:aws:sagemaker:${R}:${ACCOUNT}:notebook-instance/n`, CreationTime: new Date(0), LastModifiedTime: new Date(0) }] });
  m.of('sagemaker').on(DescribeNotebookInstanceCommand).resolves({ DirectInternetAccess: 'Disabled', RootAccess: 'Disabled' });
  m.of('sagemaker').on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [{ EndpointConfigName: 'e', EndpointConfigArn: `arn:aws:sagemaker:${R}:${ACCOUNT}:endpoint-config/e`, CreationTime: new Date(0) }] });
  m.of('sagemaker').on(DescribeEndpointConfigCommand).resolves({});
  m.of('sagemaker').on(ListSageMakerTagsCommand).resolves({ Tags: [] });
  m.of('codebuild').on(ListProjectsCommand).resolves({ projects: ['build'] });
  m.of('codebuild').on(ListSourceCredentialsCommand).resolves({ sourceCredentialsInfos: [] });
  m.of('codebuild').on(BatchGetProjectsCommand).resolves({ projects: [{ name: 'build', arn: `arn:aws:codebuild:${R}:${ACCOUNT}:project/build` }], projectsNotFound: [] });
  m.of('elasticmapreduce').on(ListEmrClustersCommand).resolves({ Clusters: [{ Id: 'j-1', Name: 'c' }] });
  m.of('elasticmapreduce').on(DescribeEmrClusterCommand).resolves({ Cluster: { Id: 'j-1', Name: 'c', InstanceCollectionType: 'INSTANCE_GROUP' } as never });
  m.of('elasticmapreduce').on(ListInstancesCommand).resolves({ Instances: [{ Id: 'ci-1', PrivateIpAddress: '10.0.0.5' }] });
  m.of('elasticmapreduce').on(ListSecurityConfigurationsCommand).resolves({ SecurityConfigurations: [{ Name: 'sc' }] });
  m.of('elasticmapreduce').on(DescribeSecurityConfigurationCommand).resolves({ Name: 'sc', SecurityConfiguration: '{}' });
}
