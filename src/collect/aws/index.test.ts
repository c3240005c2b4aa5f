import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeLogGroupsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
} from '@aws-sdk/client-kms';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { GetBucketLocationCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import {
  DescribeDocumentPermissionCommand,
  GetDocumentCommand,
  ListDocumentsCommand,
  ListResourceComplianceSummariesCommand,
} from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../util/errors.js';
import type { CallRecord } from './caller.js';
import { AWS_PERMISSIONS, awsReadOnlyPolicy, collectAws } from './index.js';
import { OPERATION_ACTIONS } from './permissions.js';
import { appOneOfEverything } from './app/mock-account.js';
import { databaseOneOfEverything } from './database/mock-account.js';
import { ec2OneOfEverything } from './ec2/mock-account.js';
import { edgeOneOfEverything } from './edge/mock-account.js';
import { iamOneOfEverything } from './iam/mock-account.js';
import { opsOneOfEverything } from './ops/mock-account.js';
import { ACCOUNT, awsError, byRegion, CALLER_ARN, mockAws, ofType } from './test-support/aws-mock.js';

const mocks = mockAws();

const ENABLED_REGIONS = {
  Regions: [
    { RegionName: 'us-east-1', Endpoint: 'ec2.us-east-1.amazonaws.com', OptInStatus: 'opt-in-not-required' },
    { RegionName: 'eu-west-1', Endpoint: 'ec2.eu-west-1.amazonaws.com', OptInStatus: 'opt-in-not-required' },
    { RegionName: 'ap-east-1', Endpoint: 'ec2.ap-east-1.amazonaws.com', OptInStatus: 'opted-in' },
    { RegionName: 'me-south-1', Endpoint: 'ec2.me-south-1.amazonaws.com', OptInStatus: 'not-opted-in' },
  ],
};
/** IAM actions that only read; API Gateway names its actions by HTTP verb, and GET reads. */
const READ_ONLY_ACTION = /^(Describe|Get|List|Head|Lookup|BatchGet|Search|Select|GenerateCredentialReport|GET$)/;

/** The foundation's own actions, which every scan needs. */
const CORE_ACTIONS = [
  'cloudtrail:DescribeTrails',
  'cloudtrail:GetEventSelectors',
  'cloudtrail:GetTrailStatus',
  'cloudtrail:ListTags',
  'ec2:DescribeRegions',
  'kms:DescribeKey',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListAliases',
  'kms:ListKeys',
  'kms:ListResourceTags',
  'logs:DescribeLogGroups',
  'logs:ListTagsForResource',
  's3:GetAccountPublicAccessBlock',
  's3:GetBucketAcl',
  's3:GetBucketLocation',
  's3:GetBucketLogging',
  's3:GetBucketNotification',
  's3:GetBucketObjectLockConfiguration',
  's3:GetBucketOwnershipControls',
  's3:GetBucketPolicy',
  's3:GetBucketPublicAccessBlock',
  's3:GetBucketTagging',
  's3:GetBucketVersioning',
  's3:GetEncryptionConfiguration',
  's3:GetLifecycleConfiguration',
  's3:GetReplicationConfiguration',
  's3:ListAllMyBuckets',
  'sts:GetCallerIdentity',
  'tag:GetResources',
];

const ALL_TYPES = [
  'AWS::Account',
  'AWS::S3::Bucket',
  'AWS::S3::AccountPublicAccessBlock',
  'AWS::KMS::Key',
  'AWS::CloudTrail::Trail',
  'AWS::Logs::LogGroup',
  'AWS::ResourceGroupsTaggingAPI::Resource',
] as const;

/** One resource of every kind, every per-resource call answered, so every operation runs. */
function oneOfEverything(): void {
  // Every bucket setting S3 is not told otherwise answers "not configured".
  mocks.s3.onAnyCommand().rejects(awsError('NoSuchBucketPolicy', 404));
  mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'phi-records' }] });
  mocks.s3.on(GetBucketLocationCommand).resolves({});
  mocks.kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1' }], Truncated: false });
  mocks.kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: 'k1', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS' } });
  mocks.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
  mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: '{"Statement":[]}' });
  mocks.kms.on(ListResourceTagsCommand).resolves({ Tags: [], Truncated: false });
  const trailArn = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/t`;
  mocks.cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ Name: 't', TrailARN: trailArn, HomeRegion: 'us-east-1', S3BucketName: 'b' }] });
  mocks.cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  mocks.cloudtrail.on(GetEventSelectorsCommand).resolves({ EventSelectors: [] });
  mocks.cloudtrail.on(ListTagsCommand).resolves({ ResourceTagList: [] });
  mocks.logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: 'g', logGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:g` }] });
  mocks.logs.on(ListTagsForResourceCommand).resolves({ tags: {} });
  mocks.of('tag').on(GetResourcesCommand).resolves({ ResourceTagMappingList: [{ ResourceARN: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:g`, Tags: [{ Key: 'phi', Value: 'true' }] }] });
  mocks.of('ssm').on(ListResourceComplianceSummariesCommand).resolves({
    ResourceComplianceSummaryItems: [{ ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: 'i-0a1b2c3d4e5f60001', Status: 'COMPLIANT' }],
  });
  mocks.of('ssm').on(ListDocumentsCommand).resolves({ DocumentIdentifiers: [{ Name: 'phi-runbook', Owner: ACCOUNT, DocumentType: 'Command' }] });
  mocks.of('ssm').on(DescribeDocumentPermissionCommand).resolves({ AccountIds: [] });
  mocks.of('ssm').on(GetDocumentCommand).resolves({ Name: 'SSM-SessionManagerRunShell', DocumentType: 'Session', Content: '{"inputs":{}}' });
  for (const family of [iamOneOfEverything, ec2OneOfEverything, databaseOneOfEverything, edgeOneOfEverything, appOneOfEverything, opsOneOfEverything]) {
    family(mocks);
  }
}

describe('collectAws', () => {
  it('scans an empty account in every enabled region', async () => {
    mocks.ec2.on(DescribeRegionsCommand).resolves(ENABLED_REGIONS);
    const result = await collectAws();
    const regions = ['ap-east-1', 'eu-west-1', 'us-east-1'];
    expect(result.scope).toEqual({ accounts: [ACCOUNT], regions, identity: CALLER_ARN });
    // Account-level settings are resources even in an empty account; these are the foundation's.
    const core = new Set(['AWS::Account', 'AWS::S3::Bucket', 'AWS::S3::AccountPublicAccessBlock', 'AWS::KMS::Key', 'AWS::CloudTrail::Trail', 'AWS::Logs::LogGroup']);
    expect(result.resources.filter((r) => core.has(r.type))).toEqual([
      {
        provider: 'aws',
        type: 'AWS::Account',
        id: `arn:aws:iam::${ACCOUNT}:root`,
        name: ACCOUNT,
        account: ACCOUNT,
        region: 'global',
        tags: { $unknown: 'account tags are kept by AWS Organizations: scan with --org to read them' },
        props: { accountId: ACCOUNT, regions },
        origin: { kind: 'live', calls: ['sts:GetCallerIdentity', 'ec2:DescribeRegions'] },
        refs: [ACCOUNT],
      },
      expect.objectContaining({ type: 'AWS::S3::AccountPublicAccessBlock', props: { config: null } }),
    ]);
    expect(result.problems).toEqual([]);
    // Every family lists its own types too; the foundation's are all there.
    expect(result.coverage.map((c) => c.type)).toEqual(expect.arrayContaining([...ALL_TYPES]));
    for (const c of result.coverage) expect(c).toEqual({ provider: 'aws', account: ACCOUNT, type: c.type, complete: true, reasons: [] });
    // Each regional service listed each enabled region once.
    const trailRegions = await Promise.all(
      mocks.cloudtrail.commandCalls(DescribeTrailsCommand).map((c) => (c.thisValue as { config: { region: () => Promise<string> } }).config.region()),
    );
    expect(trailRegions.sort()).toEqual(regions);
  });

  it('falls back to the configured region when the enabled regions cannot be listed, and says what is partial', async () => {
    mocks.ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'));
    const result = await collectAws();
    expect(result.scope.regions).toEqual(['us-east-1']);
    expect(result.problems).toEqual([
      {
        source: `aws:${ACCOUNT}:us-east-1:ec2`,
        message:
          'enabled regions unknown: AccessDenied on ec2:DescribeRegions (You are not authorized to perform this operation.); only us-east-1 was scanned (choose regions with --regions)',
      },
    ]);
    const reason = 'enabled regions unknown (AccessDenied on ec2:DescribeRegions); only us-east-1 was listed';
    const byType = Object.fromEntries(result.coverage.map((c) => [c.type, c]));
    for (const type of ['AWS::KMS::Key', 'AWS::CloudTrail::Trail', 'AWS::Logs::LogGroup'] as const) {
      expect(byType[type]).toMatchObject({ complete: false, reasons: [reason] });
    }
    // ListBuckets is global: the bucket list is complete whatever the regions.
    expect(byType['AWS::S3::Bucket']).toMatchObject({ complete: true });
  });

  it('uses an explicit region list as given, and reports a region the account has not enabled', async () => {
    const refused = awsError('UnrecognizedClientException', 400, 'The security token included in the request is invalid.');
    mocks.kms.on(ListKeysCommand).callsFake(byRegion({ 'us-east-1': { Keys: [], Truncated: false }, 'ap-east-1': refused }));
    mocks.kms.on(ListAliasesCommand).callsFake(byRegion({ 'us-east-1': { Aliases: [], Truncated: false }, 'ap-east-1': refused }));
    mocks.cloudtrail.on(DescribeTrailsCommand).callsFake(byRegion({ 'us-east-1': { trailList: [] }, 'ap-east-1': refused }));
    mocks.logs.on(DescribeLogGroupsCommand).callsFake(byRegion({ 'us-east-1': { logGroups: [] }, 'ap-east-1': refused }));
    const result = await collectAws({ regions: ['us-east-1', 'ap-east-1', 'us-east-1'] });
    expect(mocks.ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(0);
    expect(result.scope.regions).toEqual(['us-east-1', 'ap-east-1']);
    expect(result.problems.map((p) => p.source).sort()).toEqual([
      `aws:${ACCOUNT}:ap-east-1:cloudtrail`,
      `aws:${ACCOUNT}:ap-east-1:kms`,
      `aws:${ACCOUNT}:ap-east-1:logs`,
    ]);
    expect(result.coverage.find((c) => c.type === 'AWS::KMS::Key')).toEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::KMS::Key',
      complete: false,
      reasons: [
        'UnrecognizedClientException on kms:ListKeys in ap-east-1: is the region enabled for this account?',
      ],
    });
    expect(result.coverage.find((c) => c.type === 'AWS::S3::Bucket')?.complete).toBe(true);
  });

  it('sends global calls to the first chosen region when none is configured', async () => {
    vi.stubEnv('AWS_REGION', '');
    const calls: CallRecord[] = [];
    await collectAws({ regions: ['eu-west-1'], onCall: (c) => calls.push(c) });
    expect(calls.find((c) => c.operation === 'ListBuckets')?.region).toBe('eu-west-1');
    expect(calls.find((c) => c.operation === 'GetCallerIdentity')?.region).toBe('eu-west-1');
  });

  it('rejects a malformed region name, and an identity it cannot establish, as input errors', async () => {
    await expect(collectAws({ regions: ['us-east-1', 'mars'] })).rejects.toThrow(InputError);
    await expect(collectAws({ regions: ['mars'] })).rejects.toThrow('--regions: "mars" is not an AWS region name (like us-east-1)');
    mocks.sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    await expect(collectAws()).rejects.toThrow(
      'cannot identify the AWS account (sts:GetCallerIdentity in us-east-1: CredentialsProviderError: Could not load credentials from any providers); check the credentials, --profile and --endpoint-url',
    );
  });

  it('keeps going when a collector fails outright, marking its types incomplete', async () => {
    // A malformed answer makes the S3 collector throw outside any one call.
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [null as never] });
    const result = await collectAws({ regions: ['us-east-1'] });
    expect(result.problems).toEqual([
      { source: `aws:${ACCOUNT}:us-east-1:s3`, message: expect.stringMatching(/^s3 collector failed: /) },
    ]);
    expect(result.coverage.find((c) => c.type === 'AWS::S3::Bucket')).toMatchObject({ complete: false });
    expect(result.coverage.find((c) => c.type === 'AWS::KMS::Key')).toMatchObject({ complete: true });
  });

  it('configures clients for adaptive retries, and for a compatible endpoint from AWS_ENDPOINT_URL', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://localhost:4566');
    let seen: Record<string, unknown> = {};
    mocks.s3.on(ListBucketsCommand).callsFake(async (_input, getClient) => {
      const config = getClient().config as unknown as Record<string, () => Promise<unknown>> & { forcePathStyle: boolean };
      const strategy = (await config.retryStrategy!()) as { mode: string };
      const endpoint = (await config.endpoint!()) as { hostname: string; port: number };
      seen = { forcePathStyle: config.forcePathStyle, maxAttempts: await config.maxAttempts!(), mode: strategy.mode, host: `${endpoint.hostname}:${endpoint.port}` };
      return { Buckets: [] };
    });
    await collectAws({ regions: ['us-east-1'] });
    expect(seen).toEqual({ forcePathStyle: true, maxAttempts: 10, mode: 'adaptive', host: 'localhost:4566' });
  });

  it('bounds the calls in flight per service and region', async () => {
    const names = Array.from({ length: 24 }, (_, i) => `bucket-${String(i).padStart(2, '0')}`);
    let inFlight = 0;
    let peak = 0;
    mocks.s3.onAnyCommand().callsFake(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
      throw awsError('NoSuchBucketPolicy', 404);
    });
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
    const result = await collectAws({ regions: ['us-east-1'], concurrency: 3 });
    expect(ofType(result.resources, 'AWS::S3::Bucket')).toHaveLength(24);
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(3);
  });
});

describe('read-only', () => {
  it('calls only declared, read-only operations, every one of them through the recording wrapper', async () => {
    oneOfEverything();
    const calls: CallRecord[] = [];
    const result = await collectAws({ onCall: (c) => calls.push(c) });
    expect(ofType(result.resources, 'AWS::S3::Bucket')).toHaveLength(1);

    // IAM's GenerateCredentialReport only asks IAM to compile the report phiguard then reads;
    // AWS's own SecurityAudit policy grants it for that reason.
    const readOnly = /^(Describe|Get|List|Head|Lookup|BatchGet|Search|Select|GenerateCredentialReport)/;
    const called = new Set(calls.map((c) => `${c.service}:${c.operation}`));
    for (const op of called) {
      const action = OPERATION_ACTIONS.get(op);
      expect(action, `${op} is declared`).toBeDefined();
      expect(AWS_PERMISSIONS, `${op} needs ${action}`).toContain(action);
      expect(op.split(':')[1]).toMatch(readOnly);
      expect(action!.split(':')[1]).toMatch(READ_ONLY_ACTION);
    }
    // Every declaration is exercised: the policy asks for nothing the scan does not use.
    expect([...called].sort()).toEqual([...OPERATION_ACTIONS.keys()].sort());
    // No call reached a client without passing the wrapper.
    const sent = mocks.all().reduce((n, m) => n + m.calls().length, 0);
    expect(calls).toHaveLength(sent);
    for (const c of calls) {
      expect(c).toEqual({ service: c.service, operation: c.operation, region: 'us-east-1', ms: expect.any(Number), ...(c.error ? { error: c.error } : {}) });
    }
    expect(new Set(calls.flatMap((c) => (c.error ? [c.error] : [])))).toEqual(
      new Set(['NoSuchBucketPolicy', 'NoSuchPublicAccessBlockConfiguration']),
    );
  });

  it('prints a policy of exactly the declared actions', () => {
    // Every family adds its actions; the policy is their sorted, de-duplicated union.
    expect(AWS_PERMISSIONS).toEqual([...new Set(OPERATION_ACTIONS.values())].sort());
    expect(new Set(AWS_PERMISSIONS).size).toBe(AWS_PERMISSIONS.length);
    for (const action of AWS_PERMISSIONS) expect(action.split(':')[1], action).toMatch(READ_ONLY_ACTION);
    expect(AWS_PERMISSIONS).toEqual(expect.arrayContaining(CORE_ACTIONS));
    expect(awsReadOnlyPolicy()).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'PhiguardReadOnlyScan', Effect: 'Allow', Action: AWS_PERMISSIONS, Resource: '*' }],
    });
  });
});
