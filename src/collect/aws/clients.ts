import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';

/** The services phiguard talks to, named by their IAM prefix (S3 Control apart). */
export type ServiceName = 's3' | 's3control' | 'kms' | 'cloudtrail' | 'logs' | 'sts' | 'ec2';

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
   * Extra client configuration, merged last. Tests use it to hand clients a
   * `requestHandler` that answers with canned HTTP responses.
   */
  extra?: Record<string, unknown>;
}

type ClientConstructor = new (config: Record<string, unknown>) => SdkClient;

const CONSTRUCTORS: Record<ServiceName, ClientConstructor> = {
  s3: S3Client,
  s3control: S3ControlClient,
  kms: KMSClient,
  cloudtrail: CloudTrailClient,
  logs: CloudWatchLogsClient,
  sts: STSClient,
  ec2: EC2Client,
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
  private readonly credentials: ReturnType<typeof fromNodeProviderChain>;

  constructor(private readonly settings: ClientSettings) {
    this.credentials = fromNodeProviderChain(settings.profile ? { profile: settings.profile } : {});
  }

  get maxAttempts(): number {
    return this.settings.maxAttempts;
  }

  client(service: ServiceName, region: string): SdkClient {
    const key = `${service}|${region}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new CONSTRUCTORS[service](this.config(service, region));
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
    if (profile) config.profile = profile;
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
