import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeConfigurationAggregatorSourcesStatusCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  SelectAggregateResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetKeyPolicyCommand, GetKeyRotationStatusCommand, ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { collectAws } from './index.js';
import { ACCOUNT, awsError, byRegion, mockAws, ofType } from './test-support/aws-mock.js';

const mocks = mockAws();
const config = () => mocks.of('config');
const BUCKET_POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::phi-records/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
const TRAIL_ARN = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org-trail`;
const MGMT_TRAIL = 'arn:aws:cloudtrail:us-east-1:999988887777:trail/management-org-trail';

// Advanced query rows as Config returns them: JSON text, supplementary settings nested
// (the ACL itself as JSON text), tags as key/value pairs.
const rows = {
  bucket: {
    accountId: ACCOUNT,
    awsRegion: 'eu-west-1',
    resourceId: 'phi-records',
    resourceName: 'phi-records',
    resourceType: 'AWS::S3::Bucket',
    arn: 'arn:aws:s3:::phi-records',
    configuration: { name: 'phi-records', owner: { displayName: null, id: 'abc' }, creationDate: '2024-01-01T00:00:00.000Z' },
    supplementaryConfiguration: {
      AccessControlList: JSON.stringify({ grantList: [{ grantee: { id: 'abc', displayName: null }, permission: 'FullControl' }, { grantee: 'AllUsers', permission: 'Read' }], owner: { id: 'abc' } }),
      BucketLoggingConfiguration: { destinationBucketName: 'access-logs', logFilePrefix: 'phi/' },
      BucketPolicy: { policyText: BUCKET_POLICY },
      BucketVersioningConfiguration: { status: 'Off', isMfaDeleteEnabled: null },
      ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: KEY_ARN }, bucketKeyEnabled: true }] },
      PublicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false },
    },
    tags: [{ key: 'data-classification', value: 'phi' }],
    configurationItemStatus: 'OK',
  },
  deletedBucket: { accountId: ACCOUNT, awsRegion: 'us-east-1', resourceId: 'gone', resourceName: 'gone', resourceType: 'AWS::S3::Bucket', configurationItemStatus: 'ResourceDeleted' },
  key: {
    accountId: ACCOUNT,
    awsRegion: 'us-east-1',
    resourceId: KEY_ID,
    resourceType: 'AWS::KMS::Key',
    arn: KEY_ARN,
    configuration: { keyId: KEY_ID, arn: KEY_ARN, keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyState: 'Enabled', origin: 'AWS_KMS', enabled: true },
    tags: [],
    configurationItemStatus: 'OK',
  },
  trail: {
    accountId: ACCOUNT,
    awsRegion: 'us-east-1',
    resourceId: 'org-trail',
    resourceName: 'org-trail',
    resourceType: 'AWS::CloudTrail::Trail',
    arn: TRAIL_ARN,
    configuration: { name: 'org-trail', s3BucketName: 'trail-logs', isMultiRegionTrail: true, homeRegion: 'us-east-1', trailARN: TRAIL_ARN, logFileValidationEnabled: true, isOrganizationTrail: false },
    tags: [],
    configurationItemStatus: 'OK',
  },
  mgmtTrail: {
    accountId: '999988887777',
    awsRegion: 'us-east-1',
    resourceId: 'management-org-trail',
    resourceType: 'AWS::CloudTrail::Trail',
    arn: MGMT_TRAIL,
    configuration: { name: 'management-org-trail', s3BucketName: 'org-logs', isMultiRegionTrail: true, homeRegion: 'us-east-1', trailARN: MGMT_TRAIL, isOrganizationTrail: true },
    configurationItemStatus: 'OK',
  },
  logGroup: {
    accountId: ACCOUNT,
    awsRegion: 'us-east-1',
    resourceId: '/phi/app',
    resourceName: '/phi/app',
    resourceType: 'AWS::Logs::LogGroup',
    arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/phi/app:*`,
    configuration: { LogGroupName: '/phi/app', RetentionInDays: 2557, KmsKeyId: KEY_ARN },
    tags: [{ key: 'phi', value: 'true' }],
    configurationItemStatus: 'OK',
  },
};

function aggregator(): void {
  mocks.ec2.on(DescribeRegionsCommand).resolves({
    Regions: [
      { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
    ],
  });
  config()
    .on(DescribeConfigurationAggregatorSourcesStatusCommand)
    .resolves({
      AggregatedSourceStatusList: [
        { SourceId: ACCOUNT, SourceType: 'ACCOUNT', AwsRegion: 'us-east-1', LastUpdateStatus: 'SUCCEEDED' },
        { SourceId: ACCOUNT, SourceType: 'ACCOUNT', AwsRegion: 'eu-west-1', LastUpdateStatus: 'SUCCEEDED' },
      ],
    });
  const allSupported = { ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }] };
  // eu-west-1 records everything but KMS keys: keys there must be described directly.
  const noKeys = {
    ConfigurationRecorders: [
      { name: 'default', recordingGroup: { allSupported: false, exclusionByResourceTypes: { resourceTypes: ['AWS::KMS::Key'] }, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } } },
    ],
  };
  config().on(DescribeConfigurationRecordersCommand).callsFake(byRegion({ 'us-east-1': allSupported, 'eu-west-1': noKeys }));
  config().on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }] });
  config()
    .on(SelectAggregateResourceConfigCommand)
    .callsFake((input: { Expression: string; NextToken?: string }) => {
      const e = input.Expression;
      if (e.includes("isOrganizationTrail = true")) return { Results: [JSON.stringify(rows.mgmtTrail)] };
      if (e.includes("'AWS::S3::Bucket'")) {
        // Two pages.
        return input.NextToken ? { Results: [JSON.stringify(rows.deletedBucket)] } : { Results: [JSON.stringify(rows.bucket)], NextToken: 'p2' };
      }
      if (e.includes("'AWS::KMS::Key'")) return { Results: [JSON.stringify(rows.key)] };
      if (e.includes("'AWS::CloudTrail::Trail'")) return { Results: [JSON.stringify(rows.trail)] };
      if (e.includes("'AWS::Logs::LogGroup'")) return { Results: [JSON.stringify(rows.logGroup)] };
      return { Results: [] };
    });
  mocks.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
  mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: '{"Statement":[]}' });
  mocks.kms.on(ListAliasesCommand).resolves({ Aliases: [{ AliasName: 'alias/phi', TargetKeyId: KEY_ID, AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/phi` }], Truncated: false });
  mocks.cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  mocks.cloudtrail.on(GetEventSelectorsCommand).resolves({ EventSelectors: [] });
}

describe('--inventory-source config', () => {
  it('reads what the aggregator holds, and describes directly only where Config is not trusted', async () => {
    aggregator();
    const result = await collectAws({ inventorySource: 'config', configAggregator: 'org-aggregator' });

    // Buckets, trails and log groups came from Config alone; keys were listed only in eu-west-1.
    expect(mocks.s3.commandCalls(ListBucketsCommand)).toHaveLength(0);
    expect(mocks.cloudtrail.commandCalls(DescribeTrailsCommand)).toHaveLength(0);
    expect(mocks.logs.commandCalls(DescribeLogGroupsCommand)).toHaveLength(0);
    const keyRegions = await Promise.all(mocks.kms.commandCalls(ListKeysCommand).map((c) => (c.thisValue as { config: { region: () => Promise<string> } }).config.region()));
    expect(keyRegions).toEqual(['eu-west-1']);
    const queries = config().commandCalls(SelectAggregateResourceConfigCommand).map((c) => c.args[0].input);
    expect(queries[0]).toMatchObject({ ConfigurationAggregatorName: 'org-aggregator', Limit: 100 });
    expect(queries.map((q) => q.Expression)).toContain(
      `SELECT accountId, awsRegion, resourceId, resourceName, resourceType, arn, configuration, supplementaryConfiguration, tags, configurationItemStatus WHERE accountId = '${ACCOUNT}' AND resourceType = 'AWS::KMS::Key' AND awsRegion IN ('us-east-1')`,
    );

    const [bucket] = ofType(result.resources, 'AWS::S3::Bucket');
    expect(ofType(result.resources, 'AWS::S3::Bucket')).toHaveLength(1); // the deleted one is gone
    expect(bucket).toMatchObject({
      id: 'arn:aws:s3:::phi-records',
      region: 'eu-west-1',
      tags: { 'data-classification': 'phi' },
      props: {
        bucketName: 'phi-records',
        encryption: { algorithm: 'aws:kms', kmsKeyId: KEY_ARN, bucketKeyEnabled: true, source: 'declared' },
        publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false },
        aclPublicGrants: ['READ'],
        versioning: 'Disabled',
        logging: { targetBucket: 'access-logs', targetPrefix: 'phi/' },
      },
      origin: { kind: 'live', calls: ['config:SelectAggregateResourceConfig'] },
    });
    expect(bucket!.props.policy).not.toBeNull();
    const [key] = ofType(result.resources, 'AWS::KMS::Key');
    expect(key).toMatchObject({
      id: KEY_ARN,
      name: 'alias/phi',
      props: { keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyState: 'Enabled', keyOrigin: 'AWS_KMS', rotationEnabled: true, rotationPeriodDays: 365, aliases: ['alias/phi'] },
    });
    // The member's own trail and the management account's organization trail, each once.
    expect(ofType(result.resources, 'AWS::CloudTrail::Trail').map((t) => [t.id, t.account, t.props.isLogging, t.props.isOrganizationTrail])).toEqual([
      [TRAIL_ARN, ACCOUNT, true, false],
      [MGMT_TRAIL, ACCOUNT, true, true],
    ]);
    expect(ofType(result.resources, 'AWS::Logs::LogGroup')).toMatchObject([
      { id: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/phi/app`, tags: { phi: 'true' }, props: { retentionInDays: 2557, kmsKeyId: KEY_ARN } },
    ]);
    for (const type of ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::CloudTrail::Trail', 'AWS::Logs::LogGroup']) {
      expect(result.coverage.find((c) => c.type === type)).toMatchObject({ complete: true });
    }
    expect(result.problems).toEqual([
      { source: `aws:${ACCOUNT}:us-east-1:config`, message: 'AWS::KMS::Key collected directly in 1 region(s), not from AWS Config: eu-west-1: the recorder does not record AWS::KMS::Key' },
    ]);
  });

  it('falls back to describing a region whose recorder is off or whose aggregated copy is stale', async () => {
    aggregator();
    config()
      .on(DescribeConfigurationAggregatorSourcesStatusCommand)
      .resolves({ AggregatedSourceStatusList: [{ SourceId: ACCOUNT, SourceType: 'ACCOUNT', AwsRegion: 'us-east-1', LastUpdateStatus: 'FAILED' }, { SourceId: ACCOUNT, SourceType: 'ACCOUNT', AwsRegion: 'eu-west-1', LastUpdateStatus: 'SUCCEEDED' }] });
    config().on(DescribeConfigurationRecorderStatusCommand).callsFake(byRegion({ 'us-east-1': { ConfigurationRecordersStatus: [{ name: 'default', recording: true }] }, 'eu-west-1': { ConfigurationRecordersStatus: [{ name: 'default', recording: false }] } }));
    const result = await collectAws({ inventorySource: 'config', configAggregator: 'org-aggregator' });
    // Nothing trusted anywhere: every collector ran as usual.
    expect(mocks.s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
    expect(mocks.logs.commandCalls(DescribeLogGroupsCommand)).toHaveLength(2);
    expect(result.problems.map((p) => p.message)).toContain(
      'AWS::S3::Bucket collected directly in 2 region(s), not from AWS Config: eu-west-1: no configuration recorder is recording; us-east-1: the aggregator has no current copy of this account and region',
    );
  });

  it('refuses a missing or unknown aggregator before scanning', async () => {
    await expect(collectAws({ inventorySource: 'config' })).rejects.toThrow('--inventory-source config needs --config-aggregator NAME');
    config().on(DescribeConfigurationAggregatorSourcesStatusCommand).rejects(awsError('NoSuchConfigurationAggregatorException', 400, 'The configuration aggregator does not exist.'));
    await expect(collectAws({ inventorySource: 'config', configAggregator: 'nope' })).rejects.toThrow(
      '--config-aggregator nope: no aggregator named nope in us-east-1 (set the region with AWS_REGION or the profile) (The configuration aggregator does not exist.)',
    );
  });
});
