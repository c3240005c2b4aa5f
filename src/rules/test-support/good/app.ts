import type { AppPropsByType } from '../../../model/aws/app.js';
import type { GoodDefaults } from './types.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const key = (n: number) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-1000000000${String(n).padStart(2, '0')}`;

/** Known-good props of each app type: a resource every rule passes. */
export const APP_GOOD: GoodDefaults<AppPropsByType> = {
  'AWS::Lambda::Function': () => ({
    functionName: 'claims-processor',
    role: `arn:aws:iam::${ACCOUNT}:role/claims-processor`,
    environmentVariableNames: ['TABLE_NAME'],
    kmsKeyArn: key(1),
    vpcConfig: { subnetIds: ['subnet-0a1b2c3d'], securityGroupIds: ['sg-0a1b2c3d'] },
    reservedConcurrency: 50,
    deadLetterTargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:claims-processor-dlq`,
    policy: {
      version: '2012-10-17',
      statements: [
        {
          effect: 'Allow',
          principal: { Service: ['s3.amazonaws.com'] },
          action: ['lambda:InvokeFunction'],
          resource: [`arn:aws:lambda:${REGION}:${ACCOUNT}:function:claims-processor`],
          condition: { ArnLike: { 'aws:sourcearn': ['arn:aws:s3:::claims-inbox'] } },
        },
      ],
    },
    functionUrls: [],
  }),
  'AWS::ECS::TaskDefinition': () => ({
    family: 'claims-api',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    containers: [{ name: 'app', privileged: false, readonlyRootFilesystem: true, user: '1000:1000' }],
  }),
  'AWS::EKS::Cluster': () => ({
    clusterName: 'phi-platform',
    secretsKmsKeyArn: key(2),
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
    publicAccessCidrs: [],
    enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
  }),
  'AWS::SNS::Topic': () => ({ topicName: 'claims-events', kmsMasterKeyId: key(4) }),
  'AWS::SQS::Queue': () => ({ queueName: 'claims-intake', kmsMasterKeyId: key(5), sqsManagedSse: false }),
  'AWS::Kinesis::Stream': () => ({ streamName: 'vitals', encryptionType: 'KMS', kmsKeyId: key(6) }),
  'AWS::SecretsManager::Secret': () => ({
    secretName: 'prod/claims/db',
    kmsKeyId: key(7),
    rotationEnabled: true,
    rotationIntervalDays: 30,
    createdDate: '2025-01-10T00:00:00.000Z',
    lastChangedDate: '2026-11-01T00:00:00.000Z',
    lastRotatedDate: '2026-11-01T00:00:00.000Z',
    lastAccessedDate: '2026-11-22T00:00:00.000Z',
    nextRotationDate: '2026-12-01T00:00:00.000Z',
    observedAt: '2026-11-23T10:00:00.000Z',
  }),
  'AWS::SageMaker::NotebookInstance': () => ({
    notebookInstanceName: 'cohort-analysis',
    kmsKeyId: key(8),
    directInternetAccess: false,
    subnetId: 'subnet-0a1b2c3d',
    rootAccess: false,
  }),
  'AWS::SageMaker::EndpointConfig': () => ({ endpointConfigName: 'readmission-model', kmsKeyId: key(9) }),
  'AWS::CodeBuild::Project': () => ({
    projectName: 'claims-api-build',
    environmentVariables: [
      { name: 'STAGE', type: 'PLAINTEXT' },
      { name: 'DB_PASSWORD', type: 'SECRETS_MANAGER' },
    ],
    sources: [
      { type: 'GITHUB', location: 'https://github.com/example-health/claims-api.git', locationHasCredentials: false, auth: { type: 'CODECONNECTIONS', scope: 'project' } },
    ],
    cloudWatchLogsEnabled: true,
    s3LogsEnabled: false,
  }),
  'AWS::EMR::Cluster': () => ({
    clusterName: 'claims-analytics',
    securityConfiguration: 'phi-kerberos',
    masterPublicIp: false,
    subnetId: 'subnet-0private1',
  }),
  'AWS::EMR::SecurityConfiguration': () => ({ name: 'phi-kerberos', kerberosEnabled: true }),
};
