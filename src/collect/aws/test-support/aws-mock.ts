import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { GetDocumentCommand, ListDocumentsCommand, ListResourceComplianceSummariesCommand } from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { appEmptyAccount } from '../app/mock-account.js';
import { CLIENT_CLASSES, type ClientConstructor, type ServiceName } from '../clients.js';
import { databaseEmptyAccount } from '../database/mock-account.js';
import { ec2EmptyAccount } from '../ec2/mock-account.js';
import { edgeEmptyAccount } from '../edge/mock-account.js';
import { iamEmptyAccount } from '../iam/mock-account.js';
import { opsEmptyAccount } from '../ops/mock-account.js';
import { afterEach, beforeEach, vi } from 'vitest';
import type { AnyResource, ResourceType, Resource } from '../../../model/resource.js';

export const ACCOUNT = '111122223333';
export const CALLER_ARN = `arn:aws:iam::${ACCOUNT}:user/auditor`;

/**
 * An error as the SDK throws it once its retries are over: the code in `name`, the HTTP
 * status and the attempts made in `$metadata`.
 */
export function awsError(name: string, httpStatusCode = 400, message = name, attempts?: number): Error {
  const e = new Error(message) as Error & { $fault: string; $metadata: Record<string, unknown> };
  e.name = name;
  e.$fault = httpStatusCode >= 500 ? 'server' : 'client';
  e.$metadata = { httpStatusCode, requestId: 'req-1', ...(attempts ? { attempts, totalRetryDelay: 9000 } : {}) };
  return e;
}

export const denied = (action: string): Error =>
  awsError('AccessDenied', 403, `User: ${CALLER_ARN} is not authorized to perform: ${action}`);
export const deniedJson = (action: string): Error =>
  awsError('AccessDeniedException', 400, `User: ${CALLER_ARN} is not authorized to perform: ${action}`);
/** A throttling error after the SDK's 10 attempts. */
export const throttled = (attempts = 10): Error => awsError('ThrottlingException', 400, 'Rate exceeded', attempts);

/**
 * A fake that answers by the region of the client it was sent through, the way a
 * regional endpoint would. An Error value is thrown; a region with no entry refuses.
 */
export function byRegion(answers: Record<string, unknown>) {
  return async (input: unknown, getClient: () => { config: unknown }): Promise<unknown> => {
    const region = await (getClient().config as { region: () => Promise<string> }).region();
    const answer = answers[region];
    if (answer === undefined) throw awsError('PermanentRedirect', 301, `wrong region ${region}`);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? (answer as (i: unknown) => unknown)(input) : answer;
  };
}

export type AwsMocks = ReturnType<typeof createMocks>;

// The foundation's clients typed by their class, so `.on(Command)` checks the command's
// client; every other service's stub is reached through `m.of(service)`.
function createMocks() {
  const stubs = new Map<ServiceName, AwsStub<any, any, any>>();
  for (const [service, cls] of Object.entries(CLIENT_CLASSES) as [ServiceName, ClientConstructor][]) {
    stubs.set(service, mockClient(cls as never));
  }
  const of = (service: ServiceName): AwsStub<any, any, any> => stubs.get(service)!;
  return {
    sts: of('sts') as AwsStub<any, any, STSClient['config']>,
    ec2: of('ec2'),
    s3: of('s3'),
    s3control: of('s3control'),
    kms: of('kms'),
    cloudtrail: of('cloudtrail'),
    logs: of('logs'),
    /** The stub of any service's client. */
    of,
    /** Every stub, for resetting. */
    all: (): AwsStub<any, any, any>[] => [...stubs.values()],
  };
}

/**
 * Mocks every client phiguard uses with an empty account in us-east-1, and fake
 * credentials so nothing can reach AWS. Tests override what their case is about.
 */
export function mockAws(): AwsMocks {
  const m = createMocks();
  beforeEach(() => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_DEFAULT_REGION', '');
    vi.stubEnv('AWS_PROFILE', '');
    vi.stubEnv('AWS_ENDPOINT_URL', '');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/phiguard-test-config');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/phiguard-test-credentials');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    for (const mock of m.all()) {
      mock.reset();
      // A call nobody answered fails at once: no test may reach the network.
      mock.onAnyCommand().rejects(awsError('UnmockedInTest', 400, 'no fake answer for this call'));
    }
    m.sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT, Arn: CALLER_ARN, UserId: 'AIDAEXAMPLE' });
    m.ec2.on(DescribeRegionsCommand).resolves({
      Regions: [{ RegionName: 'us-east-1', Endpoint: 'ec2.us-east-1.amazonaws.com', OptInStatus: 'opt-in-not-required' }],
    });
    m.s3.on(ListBucketsCommand).resolves({ Buckets: [], Owner: { ID: 'owner-canonical-id' } });
    m.s3control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found'));
    m.kms.on(ListKeysCommand).resolves({ Keys: [], Truncated: false });
    m.kms.on(ListAliasesCommand).resolves({ Aliases: [], Truncated: false });
    m.cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [] });
    m.logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [] });
    m.of('tag').on(GetResourcesCommand).resolves({ ResourceTagMappingList: [], PaginationToken: '' });
    m.of('ssm').on(ListResourceComplianceSummariesCommand).resolves({ ResourceComplianceSummaryItems: [] });
    m.of('ssm').on(ListDocumentsCommand).resolves({ DocumentIdentifiers: [] });
    m.of('ssm').on(GetDocumentCommand).rejects(awsError('InvalidDocument', 400, 'Document with name SSM-SessionManagerRunShell does not exist.'));
    iamEmptyAccount(m);
    ec2EmptyAccount(m);
    databaseEmptyAccount(m);
    edgeEmptyAccount(m);
    appEmptyAccount(m);
    opsEmptyAccount(m);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  return m;
}

export function ofType<T extends ResourceType>(resources: readonly AnyResource[], type: T): Resource<T>[] {
  return resources.filter((r) => r.type === type) as unknown as Resource<T>[];
}
