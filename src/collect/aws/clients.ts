import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { STSClient } from '@aws-sdk/client-sts';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { RDSClient } from '@aws-sdk/client-rds';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EFSClient } from '@aws-sdk/client-efs';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { OpenSearchClient } from '@aws-sdk/client-opensearch';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EKSClient } from '@aws-sdk/client-eks';
import { ECRClient } from '@aws-sdk/client-ecr';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSMClient } from '@aws-sdk/client-ssm';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { Macie2Client } from '@aws-sdk/client-macie2';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { WAFV2Client } from '@aws-sdk/client-wafv2';
import { WAFClient } from '@aws-sdk/client-waf';
import { BackupClient } from '@aws-sdk/client-backup';
import { ACMClient } from '@aws-sdk/client-acm';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { DirectConnectClient } from '@aws-sdk/client-direct-connect';
import { EMRClient } from '@aws-sdk/client-emr';
import { CodeBuildClient } from '@aws-sdk/client-codebuild';
import { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import { DAXClient } from '@aws-sdk/client-dax';
import { FSxClient } from '@aws-sdk/client-fsx';
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

/** The services phiguard talks to, named by their IAM prefix (S3 Control apart). */
export type ServiceName =
  | 's3'
  | 's3control'
  | 'kms'
  | 'cloudtrail'
  | 'logs'
  | 'sts'
  | 'ec2'
  | 'iam'
  | 'organizations'
  | 'config'
  | 'cloudwatch'
  | 'elasticloadbalancing'
  | 'elbv2'
  | 'apigateway'
  | 'apigatewayv2'
  | 'lambda'
  | 'rds'
  | 'dynamodb'
  | 'elasticfilesystem'
  | 'elasticache'
  | 'redshift'
  | 'es'
  | 'sagemaker'
  | 'ecs'
  | 'eks'
  | 'ecr'
  | 'sns'
  | 'sqs'
  | 'kinesis'
  | 'secretsmanager'
  | 'ssm'
  | 'guardduty'
  | 'macie2'
  | 'securityhub'
  | 'inspector2'
  | 'wafv2'
  | 'waf'
  | 'backup'
  | 'acm'
  | 'cloudfront'
  | 'directconnect'
  | 'elasticmapreduce'
  | 'codebuild'
  | 'dms'
  | 'dax'
  | 'fsx'
  | 'autoscaling'
  | 'elasticbeanstalk'
  | 'tag'
  | 'application-autoscaling';

/** What phiguard needs of an SDK client; every v3 client has it. */
export interface SdkClient {
  send(command: object): Promise<unknown>;
  destroy(): void;
}

export interface ClientSettings {
  profile?: string;
  /** An AWS-compatible endpoint every client is pointed at (LocalStack, a proxy). */
  endpointUrl?: string;
  maxAttempts: number;
  /**
   * Credentials to use instead of the standard chain: an assumed role's, for one member
   * account of an organization scan.
   */
  credentials?: AwsCredentialIdentityProvider;
  /**
   * Extra client configuration, merged last. Tests use it to hand clients a
   * `requestHandler` that answers with canned HTTP responses.
   */
  extra?: Record<string, unknown>;
}

export type ClientConstructor = new (config: Record<string, unknown>) => SdkClient;

/** The SDK client class of every service. */
export const CLIENT_CLASSES: Record<ServiceName, ClientConstructor> = {
  s3: S3Client,
  s3control: S3ControlClient,
  kms: KMSClient,
  cloudtrail: CloudTrailClient,
  logs: CloudWatchLogsClient,
  sts: STSClient,
  ec2: EC2Client,
  iam: IAMClient,
  organizations: OrganizationsClient,
  config: ConfigServiceClient,
  cloudwatch: CloudWatchClient,
  elasticloadbalancing: ElasticLoadBalancingClient,
  elbv2: ElasticLoadBalancingV2Client,
  apigateway: APIGatewayClient,
  apigatewayv2: ApiGatewayV2Client,
  lambda: LambdaClient,
  rds: RDSClient,
  dynamodb: DynamoDBClient,
  elasticfilesystem: EFSClient,
  elasticache: ElastiCacheClient,
  redshift: RedshiftClient,
  es: OpenSearchClient,
  sagemaker: SageMakerClient,
  ecs: ECSClient,
  eks: EKSClient,
  ecr: ECRClient,
  sns: SNSClient,
  sqs: SQSClient,
  kinesis: KinesisClient,
  secretsmanager: SecretsManagerClient,
  ssm: SSMClient,
  guardduty: GuardDutyClient,
  macie2: Macie2Client,
  securityhub: SecurityHubClient,
  inspector2: Inspector2Client,
  wafv2: WAFV2Client,
  waf: WAFClient,
  backup: BackupClient,
  acm: ACMClient,
  cloudfront: CloudFrontClient,
  directconnect: DirectConnectClient,
  elasticmapreduce: EMRClient,
  codebuild: CodeBuildClient,
  dms: DatabaseMigrationServiceClient,
  dax: DAXClient,
  fsx: FSxClient,
  autoscaling: AutoScalingClient,
  elasticbeanstalk: ElasticBeanstalkClient,
  tag: ResourceGroupsTaggingAPIClient,
  'application-autoscaling': ApplicationAutoScalingClient,
};

/** Used when neither the environment nor the profile names a region. */
export const FALLBACK_REGION = 'us-east-1';

/**
 * Makes one client per service and region and keeps it for the scan, so each keeps its own
 * adaptive-retry rate limiter: AWS throttles per account, region and API, and a limiter
 * shared across regions would slow every region down for one region's throttling.
 */
export class ClientFactory {
  private readonly clients = new Map<string, SdkClient>();
  // One provider for every client: the chain resolves (and refreshes) credentials once,
  // instead of each of dozens of clients reading SSO caches or IMDS on its own.
  private readonly credentials: AwsCredentialIdentityProvider;

  constructor(private readonly settings: ClientSettings) {
    this.credentials =
      settings.credentials ?? fromNodeProviderChain(settings.profile ? { profile: settings.profile } : {});
  }

  /** A factory with the same settings whose clients use `credentials` (another account's). */
  withCredentials(credentials: AwsCredentialIdentityProvider): ClientFactory {
    const { profile: _profile, ...rest } = this.settings;
    return new ClientFactory({ ...rest, credentials });
  }

  get maxAttempts(): number {
    return this.settings.maxAttempts;
  }

  client(service: ServiceName, region: string): SdkClient {
    const key = `${service}|${region}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new CLIENT_CLASSES[service](this.config(service, region));
      this.clients.set(key, client);
    }
    return client;
  }

  /** The region the profile or environment configures, if any. */
  async configuredRegion(): Promise<string | undefined> {
    const probe = new STSClient(this.settings.profile ? { profile: this.settings.profile } : {});
    try {
      const region = await probe.config.region();
      return region || undefined;
    } catch {
      return undefined;
    } finally {
      probe.destroy();
    }
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private config(service: ServiceName, region: string): Record<string, unknown> {
    const { profile, endpointUrl, maxAttempts, extra } = this.settings;
    const config: Record<string, unknown> = {
      region,
      credentials: this.credentials,
      retryMode: 'adaptive',
      maxAttempts,
    };
    // A profile would make the client resolve its own region and credentials from it; an
    // assumed role's factory has neither to take from it.
    if (profile && !this.settings.credentials) config.profile = profile;
    if (endpointUrl) {
      config.endpoint = endpointUrl;
      // Compatible endpoints rarely serve virtual-hosted bucket names (bucket.localhost).
      // S3 Control has no such switch: its endpoint rules always put the account id in
      // front of the host (123456789012.localhost), which the endpoint must answer to.
      if (service === 's3') config.forcePathStyle = true;
    }
    return { ...config, ...extra };
  }
}
