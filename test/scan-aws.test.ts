import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeLogGroupsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
} from '@aws-sdk/client-kms';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { ACCOUNT, awsError, denied, mockAws } from '../src/collect/aws/test-support/aws-mock.js';

// `phiguard scan aws` end to end, in process, against an account served by the SDK mock
// with responses shaped like AWS's: the whole path from credentials to exit code.
const mocks = mockAws();
const REGION = 'us-east-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const OWNER = { ID: 'owner-canonical-id', DisplayName: 'owner' };

interface Finding {
  ruleId: string;
  status: string;
  reason?: string;
  resource: { name: string; calls?: string[] };
}

async function scan(extra: string[] = []) {
  const out = join(mkdtempSync(join(tmpdir(), 'pg-aws-')), 'r.json');
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(['scan', 'aws', '--regions', REGION, '-f', 'json', '-o', out, '-q', ...extra]);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      findings: Finding[];
      scan: { scope: { accounts: string[]; identity?: string } };
      problems: { source: string; message: string }[];
    };
    return { code, report, result: (rule: string, name: string) => report.findings.find((f) => f.ruleId === rule && f.resource.name === name) };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

function account() {
  const s3 = mocks.s3;
  s3.on(ListBucketsCommand).resolves({
    Buckets: [
      { Name: 'phi-records', CreationDate: new Date('2024-01-01'), BucketRegion: REGION },
      { Name: 'visit-uploads', CreationDate: new Date('2024-02-01'), BucketRegion: REGION },
    ],
    Owner: OWNER,
  });
  s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: undefined });
  s3.on(GetBucketEncryptionCommand, { Bucket: 'phi-records' }).resolves({
    ServerSideEncryptionConfiguration: {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY }, BucketKeyEnabled: true }],
    },
  });
  s3.on(GetBucketEncryptionCommand, { Bucket: 'visit-uploads' }).resolves({
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] },
  });
  s3.on(GetBucketPolicyCommand, { Bucket: 'phi-records' }).rejects(denied('s3:GetBucketPolicy'));
  s3.on(GetBucketPolicyCommand, { Bucket: 'visit-uploads' }).rejects(awsError('NoSuchBucketPolicy', 404, 'The bucket policy does not exist'));
  s3.on(GetPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
  });
  s3.on(GetBucketAclCommand).resolves({ Owner: OWNER, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER.ID }, Permission: 'FULL_CONTROL' }] });
  s3.on(GetBucketOwnershipControlsCommand).resolves({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
  s3.on(GetBucketVersioningCommand, { Bucket: 'phi-records' }).resolves({ Status: 'Enabled' });
  s3.on(GetBucketVersioningCommand, { Bucket: 'visit-uploads' }).resolves({});
  s3.on(GetBucketLoggingCommand).resolves({});
  s3.on(GetBucketTaggingCommand, { Bucket: 'phi-records' }).resolves({ TagSet: [{ Key: 'phi', Value: 'true' }] });
  s3.on(GetBucketTaggingCommand, { Bucket: 'visit-uploads' }).rejects(awsError('NoSuchTagSet', 404, 'The TagSet does not exist'));
  mocks.s3control.on(GetAccountPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
  });

  mocks.kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', KeyArn: KEY }], Truncated: false });
  mocks.kms.on(ListAliasesCommand).resolves({
    Aliases: [{ AliasName: 'alias/phi', AliasArn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/phi`, TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }],
    Truncated: false,
  });
  mocks.kms.on(DescribeKeyCommand).resolves({
    KeyMetadata: {
      KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: KEY, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT',
      KeyState: 'Enabled', Origin: 'AWS_KMS', Enabled: true, KeyUsage: 'ENCRYPT_DECRYPT',
    },
  });
  mocks.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false });
  mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }), PolicyName: 'default' });
  mocks.kms.on(ListResourceTagsCommand).resolves({ Tags: [], Truncated: false });

  const trailArn = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/main`;
  mocks.cloudtrail.on(DescribeTrailsCommand).resolves({
    trailList: [{
      Name: 'main', TrailARN: trailArn, HomeRegion: REGION, IsMultiRegionTrail: true, IsOrganizationTrail: false,
      LogFileValidationEnabled: true, KmsKeyId: KEY, S3BucketName: 'audit-logs',
      CloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:trail:*`,
    }],
  });
  mocks.cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  mocks.cloudtrail.on(GetEventSelectorsCommand).resolves({
    TrailARN: trailArn,
    EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::phi-records/'] }] }],
  });
  mocks.cloudtrail.on(ListTagsCommand).resolves({ ResourceTagList: [{ ResourceId: trailArn, TagsList: [] }] });

  mocks.logs.on(DescribeLogGroupsCommand).resolves({
    logGroups: [{ logGroupName: '/app/api', arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app/api:*`, retentionInDays: 30, storedBytes: 1024 }],
  });
  mocks.logs.on(ListTagsForResourceCommand).resolves({ tags: {} });
}

describe('phiguard scan aws', () => {
  it('judges the live account and exits 1 on high-severity failures', async () => {
    account();
    const { code, report, result } = await scan();
    expect(code).toBe(1);
    expect(report.scan.scope.accounts).toEqual([ACCOUNT]);
    expect(report.scan.scope.identity).toMatch(/:user\/auditor$/);
    expect(result('aws-s3-bucket-kms-encryption', 'phi-records')?.status).toBe('pass');
    expect(result('aws-s3-bucket-kms-encryption', 'visit-uploads')?.status).toBe('fail');
    expect(result('aws-s3-bucket-versioning-enabled', 'visit-uploads')?.status).toBe('fail');
    expect(result('aws-kms-key-rotation-enabled', 'alias/phi')?.status).toBe('fail');
    expect(result('aws-logs-log-group-retention', '/app/api')?.status).toBe('fail');
    expect(result('aws-cloudtrail-multi-region-trail-exists', ACCOUNT)?.status).toBe('pass');
    expect(result('aws-cloudtrail-s3-data-events-phi-buckets', 'phi-records')?.status).toBe('pass');
    expect(result('aws-s3-bucket-public-access-block', 'visit-uploads')?.status).toBe('pass');
  });

  it('a denied call is not_assessed with the reason, never a pass', async () => {
    account();
    const { result } = await scan();
    const tls = result('aws-s3-bucket-deny-insecure-transport', 'phi-records')!;
    expect(tls.status).toBe('not_assessed');
    expect(tls.reason).toMatch(/AccessDenied on s3:GetBucketPolicy/);
    // with no policy at all the same rule is a plain failure
    expect(result('aws-s3-bucket-deny-insecure-transport', 'visit-uploads')?.status).toBe('fail');
  });

  it('when trails cannot be listed, the account-level trail rule is not assessed and the report says why', async () => {
    account();
    mocks.cloudtrail.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException', 400, 'not authorized: cloudtrail:DescribeTrails'));
    const { report, result } = await scan();
    const f = report.findings.find((x) => x.ruleId === 'aws-cloudtrail-multi-region-trail-exists')!;
    expect(f.status).toBe('not_assessed');
    expect(f.reason).toMatch(/AccessDenied/);
    expect(result('aws-cloudtrail-s3-data-events-phi-buckets', 'phi-records')?.status).toBe('not_assessed');
    expect(report.problems.some((p) => p.source.includes('cloudtrail') && /AccessDenied/.test(p.message))).toBe(true);
  });

  it('no credentials at all is a one-line usage error', async () => {
    const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const err = new Error('Could not load credentials from any providers');
    err.name = 'CredentialsProviderError';
    mocks.sts.on(GetCallerIdentityCommand).rejects(err);
    const stderr: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (stderr.push(String(s)), true));
    try {
      expect(await main(['scan', 'aws', '--regions', REGION])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(stderr.join('')).toMatch(/^phiguard: .*credentials/i);
    expect(stderr.join('').trim().split('\n')).toHaveLength(1);
  });

  it('a malformed region list is refused before any call', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['scan', 'aws', '--regions', 'us-east-1,mars-1'])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(mocks.sts.calls()).toHaveLength(0);
  });
});
