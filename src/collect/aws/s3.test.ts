import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../model/unknown.js';
import { collectAws } from './index.js';
import { ACCOUNT, awsError, byRegion, denied, mockAws, ofType, throttled } from './test-support/aws-mock.js';

const mocks = mockAws();
const OWNER = { ID: 'owner-canonical-id', DisplayName: 'owner' };
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::phi-records', 'arn:aws:s3:::phi-records/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

/** Answers every per-bucket call for `Bucket` with a fully configured, private bucket. */
function configuredBucket(Bucket: string, region: string): void {
  const s3 = mocks.s3;
  s3.on(GetBucketEncryptionCommand, { Bucket }).callsFake(
    byRegion({
      [region]: {
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: `arn:aws:kms:${region}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000001`,
              },
              BucketKeyEnabled: true,
            },
          ],
        },
      },
    }),
  );
  s3.on(GetBucketPolicyCommand, { Bucket }).callsFake(byRegion({ [region]: { Policy: JSON.stringify(POLICY) } }));
  s3.on(GetPublicAccessBlockCommand, { Bucket }).callsFake(
    byRegion({
      [region]: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      },
    }),
  );
  s3.on(GetBucketAclCommand, { Bucket }).callsFake(
    byRegion({
      [region]: {
        Owner: OWNER,
        Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER.ID, DisplayName: 'owner' }, Permission: 'FULL_CONTROL' }],
      },
    }),
  );
  s3.on(GetBucketOwnershipControlsCommand, { Bucket }).callsFake(
    byRegion({ [region]: { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } } }),
  );
  s3.on(GetBucketVersioningCommand, { Bucket }).callsFake(byRegion({ [region]: { Status: 'Enabled', MFADelete: 'Disabled' } }));
  s3.on(GetBucketLoggingCommand, { Bucket }).callsFake(
    byRegion({ [region]: { LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: `${Bucket}/` } } }),
  );
  s3.on(GetBucketTaggingCommand, { Bucket }).callsFake(
    byRegion({ [region]: { TagSet: [{ Key: 'data-class', Value: 'phi' }, { Key: 'owner', Value: 'records-team' }] } }),
  );
  s3.on(GetObjectLockConfigurationCommand, { Bucket }).callsFake(
    byRegion({ [region]: { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 6 } } } } }),
  );
  s3.on(GetBucketReplicationCommand, { Bucket }).callsFake(
    byRegion({
      [region]: {
        ReplicationConfiguration: {
          Role: `arn:aws:iam::${ACCOUNT}:role/s3-replication`,
          Rules: [
            { ID: 'dr', Status: 'Enabled', Priority: 1, Filter: {}, Destination: { Bucket: `arn:aws:s3:::${Bucket}-dr` }, DeleteMarkerReplication: { Status: 'Disabled' } },
            { ID: 'old', Status: 'Disabled', Priority: 2, Filter: {}, Destination: { Bucket: 'arn:aws:s3:::retired' } },
          ],
        },
      },
    }),
  );
  s3.on(GetBucketNotificationConfigurationCommand, { Bucket }).callsFake(
    byRegion({
      [region]: {
        QueueConfigurations: [{ Id: 'ingest', QueueArn: `arn:aws:sqs:${region}:${ACCOUNT}:ingest`, Events: ['s3:ObjectCreated:*'] }],
        EventBridgeConfiguration: {},
      },
    }),
  );
  s3.on(GetBucketLifecycleConfigurationCommand, { Bucket }).callsFake(
    byRegion({
      [region]: {
        Rules: [
          { ID: 'tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } },
          { ID: 'versions', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 2192 } },
          { ID: 'tagged', Status: 'Disabled', Filter: { Tag: { Key: 'scratch', Value: 'true' } }, Expiration: { Date: new Date('2030-01-01T00:00:00Z') } },
        ],
      },
    }),
  );
}

/** A bucket that configures nothing: S3 answers with its "not configured" errors. */
function bareBucket(Bucket: string): void {
  const s3 = mocks.s3;
  s3.on(GetBucketEncryptionCommand, { Bucket }).rejects(
    awsError('ServerSideEncryptionConfigurationNotFoundError', 404, 'The server side encryption configuration was not found'),
  );
  s3.on(GetBucketPolicyCommand, { Bucket }).rejects(awsError('NoSuchBucketPolicy', 404, 'The bucket policy does not exist'));
  s3.on(GetPublicAccessBlockCommand, { Bucket }).rejects(
    awsError('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found'),
  );
  s3.on(GetBucketAclCommand, { Bucket }).resolves({
    Owner: OWNER,
    Grants: [
      { Grantee: { Type: 'CanonicalUser', ID: OWNER.ID }, Permission: 'FULL_CONTROL' },
      { Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' },
      { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'WRITE' },
    ],
  });
  s3.on(GetBucketOwnershipControlsCommand, { Bucket }).rejects(
    awsError('OwnershipControlsNotFoundError', 404, 'The bucket ownership controls were not found'),
  );
  s3.on(GetBucketVersioningCommand, { Bucket }).resolves({});
  s3.on(GetBucketLoggingCommand, { Bucket }).resolves({});
  s3.on(GetBucketTaggingCommand, { Bucket }).rejects(awsError('NoSuchTagSet', 404, 'The TagSet does not exist'));
  s3.on(GetObjectLockConfigurationCommand, { Bucket }).rejects(
    awsError('ObjectLockConfigurationNotFoundError', 404, 'Object Lock configuration does not exist for this bucket'),
  );
  s3.on(GetBucketReplicationCommand, { Bucket }).rejects(
    awsError('ReplicationConfigurationNotFoundError', 404, 'The replication configuration was not found'),
  );
  s3.on(GetBucketNotificationConfigurationCommand, { Bucket }).resolves({});
  s3.on(GetBucketLifecycleConfigurationCommand, { Bucket }).rejects(awsError('NoSuchLifecycleConfiguration', 404, 'The lifecycle configuration does not exist'));
}

const BUCKET_CALLS = [
  's3:GetBucketEncryption',
  's3:GetBucketPolicy',
  's3:GetPublicAccessBlock',
  's3:GetBucketAcl',
  's3:GetBucketOwnershipControls',
  's3:GetBucketVersioning',
  's3:GetBucketLogging',
  's3:GetBucketTagging',
  's3:GetObjectLockConfiguration',
  's3:GetBucketReplication',
  's3:GetBucketNotificationConfiguration',
  's3:GetBucketLifecycleConfiguration',
];

describe('S3 buckets', () => {
  it('reads every page of ListBuckets and each bucket in its own region', async () => {
    mocks.s3
      .on(ListBucketsCommand, { MaxBuckets: 1000, ContinuationToken: undefined })
      .resolves({
        Buckets: [{ Name: 'phi-records', CreationDate: new Date('2024-01-02'), BucketRegion: 'us-east-1' }],
        Owner: OWNER,
        ContinuationToken: 'page-2',
      })
      .on(ListBucketsCommand, { MaxBuckets: 1000, ContinuationToken: 'page-2' })
      .resolves({ Buckets: [{ Name: 'eu-archive', CreationDate: new Date('2024-01-03'), BucketRegion: 'eu-west-1' }], Owner: OWNER });
    configuredBucket('phi-records', 'us-east-1');
    configuredBucket('eu-archive', 'eu-west-1');

    const result = await collectAws({ regions: ['us-east-1', 'eu-west-1'] });
    const buckets = ofType(result.resources, 'AWS::S3::Bucket');
    expect(buckets.map((b) => b.name)).toEqual(['eu-archive', 'phi-records']);
    expect(buckets[1]).toEqual({
      provider: 'aws',
      type: 'AWS::S3::Bucket',
      id: 'arn:aws:s3:::phi-records',
      name: 'phi-records',
      account: ACCOUNT,
      region: 'us-east-1',
      tags: { 'data-class': 'phi', owner: 'records-team' },
      props: {
        bucketName: 'phi-records',
        encryption: {
          algorithm: 'aws:kms',
          kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000001`,
          bucketKeyEnabled: true,
          source: 'declared',
        },
        policy: {
          version: '2012-10-17',
          statements: [
            {
              sid: 'DenyInsecureTransport',
              effect: 'Deny',
              principal: '*',
              action: ['s3:*'],
              resource: ['arn:aws:s3:::phi-records', 'arn:aws:s3:::phi-records/*'],
              condition: { Bool: { 'aws:securetransport': ['false'] } },
            },
          ],
        },
        publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
        aclPublicGrants: [],
        versioning: 'Enabled',
        logging: { targetBucket: 'access-logs', targetPrefix: 'phi-records/' },
        objectOwnership: 'BucketOwnerEnforced',
        aclGrantsBeyondOwner: [],
        objectLock: { defaultRetention: { mode: 'COMPLIANCE', days: null, years: 6 } },
        // Disabled rules replicate nothing.
        replication: ['arn:aws:s3:::phi-records-dr'],
        eventNotifications: [`arn:aws:sqs:us-east-1:${ACCOUNT}:ingest`, 'EventBridge'],
        lifecycleRules: [
          { id: 'tmp', enabled: true, prefix: 'tmp/', tagFilter: false, expirationDays: 7, expirationDate: null, noncurrentExpirationDays: null },
          { id: 'versions', enabled: true, prefix: '', tagFilter: false, expirationDays: null, expirationDate: null, noncurrentExpirationDays: 2192 },
          { id: 'tagged', enabled: false, prefix: '', tagFilter: true, expirationDays: null, expirationDate: '2030-01-01T00:00:00.000Z', noncurrentExpirationDays: null },
        ],
      },
      origin: { kind: 'live', calls: ['s3:ListBuckets', ...BUCKET_CALLS] },
      refs: ['phi-records', 'arn:aws:s3:::phi-records'],
    });
    // Answered only by eu-west-1 (byRegion): every call went to the bucket's region.
    expect(buckets[0]!.region).toBe('eu-west-1');
    expect(buckets[0]!.props.encryption).toMatchObject({ algorithm: 'aws:kms', source: 'declared' });
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::S3::Bucket', complete: true, reasons: [] });
    expect(result.problems).toEqual([]);
  });

  it('maps the "not configured" errors to the model defaults', async () => {
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'bare', BucketRegion: 'us-east-1' }], Owner: OWNER });
    bareBucket('bare');
    const [bucket] = ofType((await collectAws({ regions: ['us-east-1'] })).resources, 'AWS::S3::Bucket');
    expect(bucket!.props).toEqual({
      bucketName: 'bare',
      encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false, source: 's3-default' },
      policy: null,
      publicAccessBlock: null,
      // No ownership controls: the ACL applies, and AllUsers READ is public; LogDelivery is not.
      aclPublicGrants: ['READ'],
      versioning: 'Disabled',
      logging: null,
      objectOwnership: null,
      aclGrantsBeyondOwner: ['AllUsers:READ', 'LogDelivery:WRITE'],
      objectLock: null,
      replication: null,
      eventNotifications: [],
      lifecycleRules: [],
    });
    expect(bucket!.tags).toEqual({});
  });

  it('turns a denied or throttled per-bucket call into an unknown value with its reason', async () => {
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'phi-records', BucketRegion: 'us-east-1' }], Owner: OWNER });
    configuredBucket('phi-records', 'us-east-1');
    mocks.s3.on(GetBucketPolicyCommand, { Bucket: 'phi-records' }).rejects(denied('s3:GetBucketPolicy'));
    mocks.s3.on(GetBucketEncryptionCommand, { Bucket: 'phi-records' }).rejects(denied('s3:GetEncryptionConfiguration'));
    mocks.s3.on(GetBucketTaggingCommand, { Bucket: 'phi-records' }).rejects(throttled());
    const result = await collectAws({ regions: ['us-east-1'] });
    const [bucket] = ofType(result.resources, 'AWS::S3::Bucket');
    expect(bucket!.props.policy).toEqual(unknown('AccessDenied on s3:GetBucketPolicy'));
    expect(bucket!.props.encryption).toEqual(
      unknown('AccessDenied on s3:GetBucketEncryption (IAM action s3:GetEncryptionConfiguration)'),
    );
    expect(bucket!.tags).toEqual(unknown('throttled: s3:GetBucketTagging gave up after 10 attempts'));
    expect(bucket!.props.versioning).toBe('Enabled');
    expect(bucket!.props.lifecycleRules).toHaveLength(3);
    // Per-resource unknowns are findings' business; the listing itself was complete.
    expect(result.problems).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::S3::Bucket')?.complete).toBe(true);
  });

  it('reports a denied ListBuckets as a problem and an incomplete listing', async () => {
    mocks.s3.on(ListBucketsCommand).rejects(denied('s3:ListAllMyBuckets'));
    const result = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(result.resources, 'AWS::S3::Bucket')).toEqual([]);
    expect(result.problems).toEqual([
      {
        source: `aws:${ACCOUNT}:us-east-1:s3`,
        message: `AWS::S3::Bucket not fully listed: AccessDenied on s3:ListBuckets (IAM action s3:ListAllMyBuckets) (User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: s3:ListAllMyBuckets)`,
      },
    ]);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::S3::Bucket',
      complete: false,
      reasons: ['AccessDenied on s3:ListBuckets (IAM action s3:ListAllMyBuckets) in us-east-1'],
    });
    // The other services went on.
    expect(result.coverage.find((c) => c.type === 'AWS::KMS::Key')?.complete).toBe(true);
  });

  it('keeps the buckets of the pages read before a throttled page, and says the list is partial', async () => {
    mocks.s3
      .on(ListBucketsCommand, { ContinuationToken: undefined })
      .resolves({ Buckets: [{ Name: 'bare', BucketRegion: 'us-east-1' }], ContinuationToken: 'next' })
      .on(ListBucketsCommand, { ContinuationToken: 'next' })
      .rejects(throttled());
    bareBucket('bare');
    const result = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(result.resources, 'AWS::S3::Bucket').map((b) => b.name)).toEqual(['bare']);
    expect(result.coverage.find((c) => c.type === 'AWS::S3::Bucket')).toMatchObject({
      complete: false,
      reasons: ['throttled: s3:ListBuckets gave up after 10 attempts in us-east-1'],
    });
  });

  it('asks GetBucketLocation when ListBuckets gives no region, and skips buckets outside the chosen regions', async () => {
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'bare' }, { Name: 'old-eu' }, { Name: 'tokyo' }] });
    // us-east-1 answers null; buckets made under the legacy EU name answer `EU`.
    mocks.s3.on(GetBucketLocationCommand, { Bucket: 'bare' }).resolves({});
    mocks.s3.on(GetBucketLocationCommand, { Bucket: 'old-eu' }).resolves({ LocationConstraint: 'EU' });
    mocks.s3.on(GetBucketLocationCommand, { Bucket: 'tokyo' }).resolves({ LocationConstraint: 'ap-northeast-1' });
    bareBucket('bare');
    bareBucket('old-eu');
    const result = await collectAws({ regions: ['us-east-1', 'eu-west-1'] });
    const buckets = ofType(result.resources, 'AWS::S3::Bucket');
    expect(buckets.map((b) => [b.name, b.region])).toEqual([
      ['bare', 'us-east-1'],
      ['old-eu', 'eu-west-1'],
    ]);
    expect(buckets[0]!.origin).toEqual({ kind: 'live', calls: ['s3:ListBuckets', 's3:GetBucketLocation', ...BUCKET_CALLS] });
    expect(mocks.s3.commandCalls(GetBucketEncryptionCommand, { Bucket: 'tokyo' })).toHaveLength(0);
  });

  it('reports a bucket whose region cannot be read with every setting unknown', async () => {
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'hidden' }] });
    mocks.s3.on(GetBucketLocationCommand).rejects(denied('s3:GetBucketLocation'));
    const [bucket] = ofType((await collectAws({ regions: ['us-east-1'] })).resources, 'AWS::S3::Bucket');
    const why = unknown('bucket region unknown: AccessDenied on s3:GetBucketLocation');
    expect(bucket!.region).toEqual(unknown('AccessDenied on s3:GetBucketLocation'));
    expect(bucket!.props).toEqual({
      bucketName: 'hidden',
      encryption: why,
      policy: why,
      publicAccessBlock: why,
      aclPublicGrants: why,
      versioning: why,
      logging: why,
      objectOwnership: why,
      aclGrantsBeyondOwner: why,
      objectLock: why,
      replication: why,
      eventNotifications: why,
      lifecycleRules: why,
    });
    expect(bucket!.tags).toEqual(why);
  });

  it('ignores ACL grants when BucketOwnerEnforced disables ACLs, and keeps them when ownership is unreadable', async () => {
    mocks.s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'enforced', BucketRegion: 'us-east-1' },
        { Name: 'unreadable', BucketRegion: 'us-east-1' },
      ],
    });
    bareBucket('enforced');
    bareBucket('unreadable');
    mocks.s3
      .on(GetBucketOwnershipControlsCommand, { Bucket: 'enforced' })
      .resolves({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
    mocks.s3.on(GetBucketOwnershipControlsCommand, { Bucket: 'unreadable' }).rejects(denied('s3:GetBucketOwnershipControls'));
    const buckets = ofType((await collectAws({ regions: ['us-east-1'] })).resources, 'AWS::S3::Bucket');
    expect(buckets.map((b) => [b.name, b.props.aclPublicGrants])).toEqual([
      ['enforced', []],
      ['unreadable', ['READ']],
    ]);
    expect(buckets.map((b) => [b.props.objectOwnership, b.props.aclGrantsBeyondOwner])).toEqual([
      ['BucketOwnerEnforced', []],
      [unknown('AccessDenied on s3:GetBucketOwnershipControls'), ['AllUsers:READ', 'LogDelivery:WRITE']],
    ]);
  });

  it('drops a bucket deleted while it was being read', async () => {
    mocks.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'gone', BucketRegion: 'us-east-1' }] });
    bareBucket('gone');
    mocks.s3.on(GetBucketPolicyCommand, { Bucket: 'gone' }).rejects(awsError('NoSuchBucket', 404, 'The specified bucket does not exist'));
    const result = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(result.resources, 'AWS::S3::Bucket')).toEqual([]);
  });
});

describe('S3 account public access block', () => {
  const id = `arn:aws:s3::${ACCOUNT}:account-public-access-block`;

  it('reads the account setting through S3 Control', async () => {
    mocks.s3control.on(GetAccountPublicAccessBlockCommand, { AccountId: ACCOUNT }).resolves({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true },
    });
    const result = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(result.resources, 'AWS::S3::AccountPublicAccessBlock')).toEqual([
      {
        provider: 'aws',
        type: 'AWS::S3::AccountPublicAccessBlock',
        id,
        name: 's3-account-public-access-block',
        account: ACCOUNT,
        region: 'global',
        tags: {},
        // A field S3 leaves out is off.
        props: { config: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false } },
        origin: { kind: 'live', calls: ['s3control:GetPublicAccessBlock'] },
        refs: [ACCOUNT],
      },
    ]);
  });

  it('is null when the account has none, and unknown when the call is denied', async () => {
    const none = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(none.resources, 'AWS::S3::AccountPublicAccessBlock')[0]!.props.config).toBeNull();
    mocks.s3control.on(GetAccountPublicAccessBlockCommand).rejects(denied('s3:GetAccountPublicAccessBlock'));
    const deniedResult = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(deniedResult.resources, 'AWS::S3::AccountPublicAccessBlock')[0]!.props.config).toEqual(
      unknown('AccessDenied on s3control:GetPublicAccessBlock (IAM action s3:GetAccountPublicAccessBlock)'),
    );
  });
});
