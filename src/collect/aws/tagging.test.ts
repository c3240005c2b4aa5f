import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { describe, expect, it } from 'vitest';
import { collectAws } from './index.js';
import { parseArn } from './tagging.js';
import { ACCOUNT, byRegion, deniedJson, mockAws, ofType, throttled } from './test-support/aws-mock.js';

const mocks = mockAws();
const TYPE = 'AWS::ResourceGroupsTaggingAPI::Resource';
const DB = `arn:aws:rds:us-east-1:${ACCOUNT}:db:phi-records`;
const BUCKET = 'arn:aws:s3:::phi-intake';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/service/etl`;
const API = 'arn:aws:apigateway:us-east-1::/restapis/a1b2c3';
const QUEUE = `arn:aws:sqs:eu-west-1:${ACCOUNT}:claims`;

describe('tagged resources (Resource Groups Tagging API)', () => {
  it('lists every page of every region, parses the ARN and reports a global resource once', async () => {
    const tag = mocks.of('tag');
    tag.on(GetResourcesCommand).callsFake(
      byRegion({
        'us-east-1': (input: { PaginationToken?: string }) =>
          input.PaginationToken === 'p2'
            ? { ResourceTagMappingList: [{ ResourceARN: ROLE, Tags: [] }, { ResourceARN: API, Tags: [{ Key: 'team', Value: 'intake' }] }], PaginationToken: '' }
            : {
                ResourceTagMappingList: [
                  { ResourceARN: DB, Tags: [{ Key: 'phi', Value: 'true' }, { Key: 'data-classification', Value: 'phi' }] },
                  { ResourceARN: BUCKET, Tags: [{ Key: 'owner', Value: 'intake' }] },
                ],
                PaginationToken: 'p2',
              },
        // A global resource answering in a second region too.
        'eu-west-1': { ResourceTagMappingList: [{ ResourceARN: QUEUE, Tags: [{ Key: 'phi', Value: 'yes' }] }, { ResourceARN: ROLE, Tags: [] }] },
      }),
    );
    const result = await collectAws({ regions: ['us-east-1', 'eu-west-1'] });
    const found = ofType(result.resources, TYPE);
    expect(found.map((r) => r.id).sort()).toEqual([API, BUCKET, DB, QUEUE, ROLE].sort());
    expect(found.find((r) => r.id === DB)).toEqual({
      provider: 'aws',
      type: TYPE,
      id: DB,
      name: 'phi-records',
      account: ACCOUNT,
      region: 'us-east-1',
      tags: { phi: 'true', 'data-classification': 'phi' },
      props: { arn: DB, service: 'rds', resourceType: 'db', cloudFormationType: null },
      origin: { kind: 'live', calls: ['tag:GetResources'] },
      refs: [DB],
    });
    expect(found.find((r) => r.id === ROLE)).toMatchObject({ region: 'global', name: 'service/etl', tags: {}, props: { service: 'iam', resourceType: 'role' } });
    expect(found.find((r) => r.id === BUCKET)).toMatchObject({ account: ACCOUNT, region: 'global', name: 'phi-intake', props: { service: 's3', resourceType: null } });
    expect(found.find((r) => r.id === API)).toMatchObject({ props: { service: 'apigateway', resourceType: 'restapis' }, name: 'a1b2c3' });
    expect(tag.commandCalls(GetResourcesCommand).map((c) => c.args[0].input)).toContainEqual({ ResourcesPerPage: 100, PaginationToken: 'p2' });
    expect(result.coverage.find((c) => c.type === TYPE)).toEqual({ provider: 'aws', account: ACCOUNT, type: TYPE, complete: true, reasons: [] });
  });

  it('marks the listing incomplete when GetResources is denied, keeping other regions', async () => {
    mocks.of('tag').on(GetResourcesCommand).callsFake(
      byRegion({
        'us-east-1': { ResourceTagMappingList: [{ ResourceARN: DB, Tags: [{ Key: 'phi', Value: 'true' }] }], PaginationToken: '' },
        'eu-west-1': deniedJson('tag:GetResources'),
      }),
    );
    const result = await collectAws({ regions: ['us-east-1', 'eu-west-1'] });
    expect(ofType(result.resources, TYPE).map((r) => r.id)).toEqual([DB]);
    expect(result.coverage.find((c) => c.type === TYPE)).toMatchObject({ complete: false, reasons: ['AccessDenied on tag:GetResources in eu-west-1'] });
    expect(result.problems).toEqual([{ source: `aws:${ACCOUNT}:eu-west-1:tag`, message: expect.stringContaining(`${TYPE} not fully listed: AccessDenied on tag:GetResources`) }]);
  });

  it('keeps the pages read before throttling exhausted the retries, and says the list is partial', async () => {
    mocks.of('tag')
      .on(GetResourcesCommand, { PaginationToken: undefined })
      .resolves({ ResourceTagMappingList: [{ ResourceARN: DB, Tags: [] }], PaginationToken: 'p2' })
      .on(GetResourcesCommand, { PaginationToken: 'p2' })
      .rejects(throttled());
    const result = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(result.resources, TYPE).map((r) => r.id)).toEqual([DB]);
    expect(result.coverage.find((c) => c.type === TYPE)).toMatchObject({ complete: false, reasons: ['throttled: tag:GetResources gave up after 10 attempts in us-east-1'] });
  });

  it('says global resources were not listed when the scan leaves out us-east-1', async () => {
    const result = await collectAws({ regions: ['eu-west-1'] });
    expect(ofType(result.resources, TYPE)).toEqual([]);
    expect(result.coverage.find((c) => c.type === TYPE)).toMatchObject({
      complete: false,
      reasons: ['global resources (IAM, CloudFront, Route 53) are tagged in us-east-1, which was not scanned'],
    });
  });

  it('an empty account lists nothing, completely', async () => {
    const result = await collectAws({ regions: ['us-east-1'] });
    expect(ofType(result.resources, TYPE)).toEqual([]);
    expect(result.coverage.find((c) => c.type === TYPE)).toMatchObject({ complete: true });
    expect(result.problems).toEqual([]);
  });
});

describe('parseArn', () => {
  it('splits type/id, type:id, /type/id and bare ids, and refuses what is not an ARN', () => {
    expect(parseArn(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:intake:live`)).toEqual({ service: 'lambda', region: 'us-east-1', account: ACCOUNT, resourceType: 'function', name: 'intake:live' });
    expect(parseArn(`arn:aws:ecs:us-east-1:${ACCOUNT}:service/phi/api`)).toMatchObject({ resourceType: 'service', name: 'phi/api' });
    expect(parseArn(`arn:aws:sns:us-east-1:${ACCOUNT}:alerts`)).toMatchObject({ resourceType: null, name: 'alerts' });
    expect(parseArn('not-an-arn')).toBeUndefined();
    expect(parseArn('arn:aws::us-east-1:1:x')).toBeUndefined();
  });
});
