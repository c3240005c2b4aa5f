import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../model/unknown.js';
import { collectAws } from './index.js';
import { ACCOUNT, byRegion, deniedJson, mockAws, ofType, throttled } from './test-support/aws-mock.js';

const mocks = mockAws();
const ORG_ACCOUNT = '999988887777';
const MAIN_ARN = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`;
const LOCAL_ARN = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/eu-local`;
const ORG_ARN = `arn:aws:cloudtrail:us-east-1:${ORG_ACCOUNT}:trail/org-trail`;

const main = {
  Name: 'main',
  S3BucketName: 'audit-trail',
  S3KeyPrefix: 'ct',
  IncludeGlobalServiceEvents: true,
  IsMultiRegionTrail: true,
  HomeRegion: 'us-east-1',
  TrailARN: MAIN_ARN,
  LogFileValidationEnabled: true,
  CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail:*`,
  CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/ct-logs`,
  KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000002`,
  HasCustomEventSelectors: true,
  HasInsightSelectors: false,
  IsOrganizationTrail: false,
};
const euLocal = {
  Name: 'eu-local',
  S3BucketName: 'eu-audit',
  IncludeGlobalServiceEvents: false,
  IsMultiRegionTrail: false,
  HomeRegion: 'eu-west-1',
  TrailARN: LOCAL_ARN,
  LogFileValidationEnabled: false,
  HasCustomEventSelectors: false,
  HasInsightSelectors: false,
  IsOrganizationTrail: false,
};
const orgTrail = {
  Name: 'org-trail',
  S3BucketName: 'org-audit',
  IsMultiRegionTrail: true,
  HomeRegion: 'us-east-1',
  TrailARN: ORG_ARN,
  LogFileValidationEnabled: true,
  IsOrganizationTrail: true,
};

function twoRegions(): void {
  // us-east-1 lists its own multi-region trail and the org trail; eu-west-1 lists its
  // single-region trail plus both again as shadow trails.
  mocks.cloudtrail.on(DescribeTrailsCommand, { includeShadowTrails: true }).callsFake(
    byRegion({ 'us-east-1': { trailList: [main, orgTrail] }, 'eu-west-1': { trailList: [orgTrail, euLocal, main] } }),
  );
  mocks.cloudtrail.on(GetTrailStatusCommand, { Name: MAIN_ARN }).callsFake(byRegion({ 'us-east-1': { IsLogging: true, LatestDeliveryTime: new Date() } }));
  mocks.cloudtrail.on(GetTrailStatusCommand, { Name: LOCAL_ARN }).callsFake(byRegion({ 'eu-west-1': { IsLogging: false } }));
  mocks.cloudtrail.on(GetTrailStatusCommand, { Name: ORG_ARN }).callsFake(byRegion({ 'us-east-1': { IsLogging: true } }));
  mocks.cloudtrail.on(GetEventSelectorsCommand, { TrailName: MAIN_ARN }).callsFake(
    byRegion({
      'us-east-1': {
        TrailARN: MAIN_ARN,
        EventSelectors: [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: true,
            DataResources: [
              { Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::phi-records/'] },
              { Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] },
            ],
            ExcludeManagementEventSources: [],
          },
        ],
      },
    }),
  );
  mocks.cloudtrail.on(GetEventSelectorsCommand, { TrailName: LOCAL_ARN }).callsFake(
    byRegion({ 'eu-west-1': { TrailARN: LOCAL_ARN, EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [] }] } }),
  );
  mocks.cloudtrail.on(GetEventSelectorsCommand, { TrailName: ORG_ARN }).callsFake(
    byRegion({
      'us-east-1': {
        TrailARN: ORG_ARN,
        AdvancedEventSelectors: [
          { Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
          {
            Name: 'S3 reads, except logs',
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
              { Field: 'readOnly', Equals: ['true'] },
              { Field: 'resources.ARN', NotStartsWith: ['arn:aws:s3:::access-logs/'] },
            ],
          },
        ],
      },
    }),
  );
  mocks.cloudtrail.on(ListTagsCommand, { ResourceIdList: [MAIN_ARN] }).callsFake(
    byRegion({ 'us-east-1': { ResourceTagList: [{ ResourceId: MAIN_ARN, TagsList: [{ Key: 'owner', Value: 'security' }] }] } }),
  );
  mocks.cloudtrail.on(ListTagsCommand, { ResourceIdList: [LOCAL_ARN] }).callsFake(
    byRegion({ 'eu-west-1': { ResourceTagList: [{ ResourceId: LOCAL_ARN, TagsList: [] }] } }),
  );
  // A member account may not read the tags of its organization's trail.
  mocks.cloudtrail.on(ListTagsCommand, { ResourceIdList: [ORG_ARN] }).rejects(deniedJson('cloudtrail:ListTags'));
}

describe('CloudTrail trails', () => {
  it('deduplicates shadow trails by ARN and reads each trail in its home region', async () => {
    twoRegions();
    const result = await collectAws({ regions: ['us-east-1', 'eu-west-1'] });
    const trails = ofType(result.resources, 'AWS::CloudTrail::Trail');
    expect(trails.map((t) => t.id)).toEqual([LOCAL_ARN, MAIN_ARN, ORG_ARN]);
    const calls = ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors', 'cloudtrail:ListTags'];
    expect(trails[1]).toEqual({
      provider: 'aws',
      type: 'AWS::CloudTrail::Trail',
      id: MAIN_ARN,
      name: 'main',
      account: ACCOUNT,
      region: 'us-east-1',
      tags: { owner: 'security' },
      props: {
        trailName: 'main',
        isMultiRegion: true,
        isOrganizationTrail: false,
        isLogging: true,
        logFileValidation: true,
        kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000002`,
        cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail:*`,
        s3BucketName: 'audit-trail',
        s3KeyPrefix: 'ct',
        homeRegion: 'us-east-1',
        s3DataEvents: [{ readWrite: 'All', resources: ['arn:aws:s3:::phi-records/'], excluded: [] }],
        eventSelectors: [
          { category: 'Management', readWrite: 'All', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false },
          { category: 'Data', readWrite: 'All', resourceTypes: ['AWS::S3::Object'], eventSources: [], excludedEventSources: [], narrowed: true },
          { category: 'Data', readWrite: 'All', resourceTypes: ['AWS::Lambda::Function'], eventSources: [], excludedEventSources: [], narrowed: false },
        ],
      },
      origin: { kind: 'live', calls },
      refs: ['main', MAIN_ARN],
    });
    expect(trails[0]).toMatchObject({
      region: 'eu-west-1',
      tags: {},
      props: {
        isMultiRegion: false,
        isLogging: false,
        logFileValidation: false,
        kmsKeyId: null,
        cloudWatchLogsLogGroupArn: null,
        homeRegion: 'eu-west-1',
        s3DataEvents: [],
        eventSelectors: [{ category: 'Management', readWrite: 'WriteOnly', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false }],
      },
    });
    // The organization trail is this account's trail too, though its ARN names the owner.
    expect(trails[2]).toMatchObject({
      account: ACCOUNT,
      tags: unknown('AccessDenied on cloudtrail:ListTags'),
      props: {
        isOrganizationTrail: true,
        kmsKeyId: null,
        s3DataEvents: [{ readWrite: 'ReadOnly', resources: ['arn:aws:s3'], excluded: ['arn:aws:s3:::access-logs/'] }],
        eventSelectors: [
          { category: 'Management', readWrite: 'All', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false },
          { category: 'Data', readWrite: 'ReadOnly', resourceTypes: ['AWS::S3::Object'], eventSources: [], excludedEventSources: [], narrowed: true },
        ],
      },
    });
    expect(mocks.cloudtrail.commandCalls(GetTrailStatusCommand)).toHaveLength(3);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::CloudTrail::Trail', complete: true, reasons: [] });
    expect(result.problems).toEqual([]);
  });

  it('reports a throttled DescribeTrails in one region, and keeps what the others listed', async () => {
    twoRegions();
    mocks.cloudtrail
      .on(DescribeTrailsCommand)
      .callsFake(byRegion({ 'us-east-1': { trailList: [main] }, 'eu-west-1': throttled() }));
    const result = await collectAws({ regions: ['us-east-1', 'eu-west-1'] });
    expect(ofType(result.resources, 'AWS::CloudTrail::Trail').map((t) => t.id)).toEqual([MAIN_ARN]);
    expect(result.problems).toEqual([
      {
        source: `aws:${ACCOUNT}:eu-west-1:cloudtrail`,
        message: 'AWS::CloudTrail::Trail not fully listed: throttled: cloudtrail:DescribeTrails gave up after 10 attempts (Rate exceeded)',
      },
    ]);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::CloudTrail::Trail',
      complete: false,
      reasons: ['throttled: cloudtrail:DescribeTrails gave up after 10 attempts in eu-west-1'],
    });
  });

  it('leaves logging status and data events unknown when their calls are denied', async () => {
    twoRegions();
    mocks.cloudtrail.on(GetTrailStatusCommand).rejects(deniedJson('cloudtrail:GetTrailStatus'));
    mocks.cloudtrail.on(GetEventSelectorsCommand).rejects(deniedJson('cloudtrail:GetEventSelectors'));
    const trails = ofType((await collectAws({ regions: ['us-east-1'] })).resources, 'AWS::CloudTrail::Trail');
    expect(trails.map((t) => [t.id, t.props.isLogging, t.props.s3DataEvents])).toEqual([
      [MAIN_ARN, unknown('AccessDenied on cloudtrail:GetTrailStatus'), unknown('AccessDenied on cloudtrail:GetEventSelectors')],
      [ORG_ARN, unknown('AccessDenied on cloudtrail:GetTrailStatus'), unknown('AccessDenied on cloudtrail:GetEventSelectors')],
    ]);
  });
});
