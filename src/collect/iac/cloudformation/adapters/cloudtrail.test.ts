import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

type Trail = Resource<'AWS::CloudTrail::Trail'>;

function trail(props: string): Trail {
  const yaml = `Parameters:\n  P: {Type: String}\nResources:\n  Data: {Type: AWS::S3::Bucket}\n  T:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n${props}\n`;
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return result.resources.find((r) => r.type === 'AWS::CloudTrail::Trail') as Trail;
}

const minimal = '      IsLogging: true\n      S3BucketName: audit';

describe('AWS::CloudTrail::Trail', () => {
  it('settles every default', () => {
    const t = trail(minimal);
    expect(t).toMatchObject({ id: 'tpl.yaml#T', name: 'T', refs: ['ref:tpl.yaml#T'] });
    expect(t.props).toEqual({
      trailName: { $unknown: 'TrailName is not declared: CloudFormation generates it at deploy time' },
      isMultiRegion: false,
      isOrganizationTrail: false,
      isLogging: true,
      logFileValidation: false,
      kmsKeyId: null,
      cloudWatchLogsLogGroupArn: null,
      s3BucketName: 'audit',
      s3KeyPrefix: null,
      homeRegion: { $unknown: 'the region the stack is deployed to is not declared in the template' },
      s3DataEvents: [],
      eventSelectors: [{ category: 'Management', readWrite: 'All', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false }],
    });
  });

  it('is unknown for required settings the template leaves out', () => {
    expect(trail('      TrailName: t').props).toMatchObject({
      isLogging: { $unknown: 'IsLogging is required but not declared' },
      s3BucketName: { $unknown: 'S3BucketName is required but not declared' },
    });
  });

  it('reads declared settings', () => {
    const t = trail(
      `${minimal}\n      TrailName: org\n      IsMultiRegionTrail: true\n      IsOrganizationTrail: "true"\n      EnableLogFileValidation: true\n      KMSKeyId: alias/trail\n      CloudWatchLogsLogGroupArn: !Ref P`,
    );
    expect(t.name).toBe('org');
    expect(t.refs).toEqual(['ref:tpl.yaml#T', 'org']);
    expect(t.props).toMatchObject({
      trailName: 'org',
      isMultiRegion: true,
      isOrganizationTrail: true,
      logFileValidation: true,
      kmsKeyId: 'alias/trail',
      cloudWatchLogsLogGroupArn: { $unknown: 'parameter P has no value' },
    });
  });

  it('reads classic S3 data event selectors', () => {
    const t = trail(`${minimal}
      EventSelectors:
        - ReadWriteType: WriteOnly
          DataResources:
            - Type: AWS::S3::Object
              Values: [!Sub "arn:\${AWS::Partition}:s3:::\${Data}/", "arn:aws:s3:::other/logs"]
            - Type: AWS::Lambda::Function
              Values: [arn:aws:lambda]`);
    expect(t.props.s3DataEvents).toEqual([
      { readWrite: 'WriteOnly', resources: ['arn:aws:s3:::ref:tpl.yaml#Data/', 'arn:aws:s3:::other/logs'], excluded: [] },
    ]);
  });

  it('reads advanced S3 data event selectors', () => {
    const t = trail(`${minimal}
      AdvancedEventSelectors:
        - Name: phi objects
          FieldSelectors:
            - {Field: eventCategory, Equals: [Data]}
            - {Field: resources.type, Equals: ["AWS::S3::Object"]}
            - {Field: readOnly, Equals: ["false"]}
            - {Field: resources.ARN, StartsWith: [!Sub "\${Data.Arn}/"], NotStartsWith: [!Sub "\${Data.Arn}/tmp/"]}`);
    expect(t.props.s3DataEvents).toEqual([
      { readWrite: 'WriteOnly', resources: ['ref:tpl.yaml#Data/'], excluded: ['ref:tpl.yaml#Data/tmp/'] },
    ]);
  });

  it('is unknown for selectors it cannot resolve or that have the wrong shape', () => {
    expect(trail(`${minimal}\n      EventSelectors: !If [Nope, [], []]`).props.s3DataEvents).toEqual({ $unknown: 'condition Nope is not declared' });
    expect(trail(`${minimal}\n      EventSelectors: [{DataResources: [{Type: AWS::S3::Object, Values: !Ref P}]}]`).props.s3DataEvents).toEqual({
      $unknown: 'parameter P has no value',
    });
    expect(trail(`${minimal}\n      EventSelectors: [{DataResources: not-a-list}]`).props.s3DataEvents).toEqual({
      $unknown: 'DataResources should be a list, not "not-a-list"',
    });
    expect(trail(`${minimal}\n      AdvancedEventSelectors: [x]`).props.s3DataEvents).toEqual({
      $unknown: 'AdvancedEventSelectors entries should be mappings',
    });
  });
});
