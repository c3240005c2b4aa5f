import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyResource, Resource, ResourceType } from '../../../model/resource.js';
import { CLOUDFORMATION_TYPES, looksLikeCloudFormation, parseCloudFormation } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function byAddress(resources: AnyResource[]): Record<string, AnyResource> {
  return Object.fromEntries(resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}

function as<T extends ResourceType>(type: T, r: AnyResource | undefined): Resource<T> {
  expect(r?.type).toBe(type);
  return r as unknown as Resource<T>;
}

describe('looksLikeCloudFormation', () => {
  it.each([
    ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n'],
    ['t.yml', '# stack\nResources:\n  B: {Type: AWS::S3::Bucket}\n'],
    ['t.template', '---\n"Resources":\n  B: {}\n'],
    ['t.json', '{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket"}\n  }\n}'],
    ['t.json', '\uFEFF{"AWSTemplateFormatVersion": "2010-09-09"}'],
  ])('recognises %s', (file, text) => expect(looksLikeCloudFormation(file, text)).toBe(true));

  it.each([
    ['main.tf', 'Resources:\n'],
    ['compose.yaml', 'services:\n  web:\n    image: nginx\n'],
    ['serverless.yml', 'resources:\n  Resources:\n    B: {}\n'],
    ['package.json', '{"name": "x", "dependencies": {}}'],
    ['arm.json', '{"$schema": "...", "resources": []}'],
  ])('passes over %s', (file, text) => expect(looksLikeCloudFormation(file, text)).toBe(false));
});

describe('parseCloudFormation', () => {
  it('collects the fixture stack, joins included', () => {
    const result = parseCloudFormation('stacks/phi-stack.yaml', fixture('phi-stack.yaml'));
    expect(result.problems).toEqual([]);
    expect(result.coverage).toEqual([]);
    const r = byAddress(result.resources);
    expect(Object.keys(r)).toEqual(['PhiKey', 'PhiBucket', 'LogBucket', 'AppLogs', 'AuditTrail', 'AppRole']);

    expect(r.PhiKey).toMatchObject({
      id: 'stacks/phi-stack.yaml#PhiKey',
      name: 'alias/phi-data',
      tags: { 'data-class': 'phi' },
      refs: ['ref:stacks/phi-stack.yaml#PhiKey', 'ref:stacks/phi-stack.yaml#PhiKeyAlias', 'alias/phi-data'],
      props: { rotationEnabled: true, rotationPeriodDays: 365, aliases: ['alias/phi-data'] },
      origin: { kind: 'iac', format: 'cloudformation', file: 'stacks/phi-stack.yaml', line: 23, column: 3, address: 'PhiKey' },
    });

    expect(r.PhiBucket).toMatchObject({
      name: 'phi-records-prod',
      tags: { 'data-class': 'phi' },
      props: {
        bucketName: 'phi-records-prod',
        encryption: { algorithm: 'aws:kms', kmsKeyId: 'ref:stacks/phi-stack.yaml#PhiKey', bucketKeyEnabled: true, source: 'declared' },
        versioning: 'Enabled',
        logging: { targetBucket: 'ref:stacks/phi-stack.yaml#LogBucket', targetPrefix: 'phi-records/' },
        policy: {
          version: '2012-10-17',
          statements: [
            {
              sid: 'DenyInsecureTransport',
              effect: 'Deny',
              resource: ['ref:stacks/phi-stack.yaml#PhiBucket', 'ref:stacks/phi-stack.yaml#PhiBucket/*'],
            },
          ],
        },
      },
    });
    expect(r.LogBucket!.props).toMatchObject({ bucketName: 'phi-audit-logs' });
    expect(r.AppLogs!.props).toEqual({
      logGroupName: '/phi/app',
      retentionInDays: 2192,
      kmsKeyId: { $unknown: 'parameter ExternalKeyArn has no value' },
    });
    expect(r.AuditTrail!.props).toMatchObject({
      trailName: 'phi-audit',
      s3BucketName: 'ref:stacks/phi-stack.yaml#LogBucket',
      kmsKeyId: 'ref:stacks/phi-stack.yaml#PhiKeyAlias',
      cloudWatchLogsLogGroupArn: 'ref:stacks/phi-stack.yaml#AppLogs',
      s3DataEvents: [{ readWrite: 'All', resources: ['arn:aws:s3:::ref:stacks/phi-stack.yaml#PhiBucket/'], excluded: [] }],
    });
    // The trail's references land on resources of the stack through their refs.
    expect(r.PhiKey!.refs).toContain(as('AWS::CloudTrail::Trail', r.AuditTrail).props.kmsKeyId);
    expect(r.PhiBucket!.refs).toContain('arn:aws:s3:::ref:stacks/phi-stack.yaml#PhiBucket');
  });

  it('reads the JSON twin of the stack to the same resources, at its own lines', () => {
    const yaml = parseCloudFormation('phi.template', fixture('phi-stack.yaml'));
    const json = parseCloudFormation('phi.template', fixture('phi-stack.json'));
    expect(json.problems).toEqual([]);
    const strip = (rs: AnyResource[]) => rs.map(({ origin, ...rest }) => rest);
    expect(strip(json.resources)).toEqual(strip(yaml.resources));
    expect(json.resources.map((r) => r.origin.kind === 'iac' && r.origin.line)).toEqual([54, 94, 194, 215, 238, 275]);
  });

  it('applies parameter overrides', () => {
    const result = parseCloudFormation('t.yaml', fixture('phi-stack.yaml'), {
      params: { Env: 'dev', ExternalKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/ext' },
    });
    const r = byAddress(result.resources);
    expect(r.AuditTrail).toBeUndefined(); // Condition IsProd is false in dev
    expect(r.PhiBucket!.props).toMatchObject({ bucketName: 'phi-records-dev', versioning: 'Suspended' });
    expect(r.PhiBucket!.tags).toEqual({ 'data-class': 'phi', owner: 'arn:aws:kms:us-east-1:111122223333:key/ext' });
    expect(as('AWS::S3::Bucket', r.LogBucket).props.bucketName).toBe('phi-dev-logs');
    expect(r.AppLogs!.props).toMatchObject({ kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/ext' });
  });

  it('declares the types it produces', () => {
    expect(CLOUDFORMATION_TYPES).toEqual(expect.arrayContaining(['AWS::CloudTrail::Trail', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::S3::Bucket']));
    expect(new Set(CLOUDFORMATION_TYPES).size).toBe(CLOUDFORMATION_TYPES.length);
  });

  it('turns a syntax error into one problem and no resources', () => {
    expect(parseCloudFormation('bad.yaml', fixture('syntax-error.yaml'))).toEqual({
      resources: [],
      problems: [{ source: 'bad.yaml', line: 7, column: 6, message: expect.stringMatching(/^invalid YAML/) }],
      coverage: [],
      nested: [],
    });
    expect(parseCloudFormation('bad.json', fixture('syntax-error.json')).problems).toEqual([
      { source: 'bad.json', line: 8, column: 9, message: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('rejects an alias bomb with one problem', () => {
    const result = parseCloudFormation('bomb.yaml', fixture('alias-bomb.yaml'));
    expect(result.resources).toEqual([]);
    expect(result.problems).toEqual([{ source: 'bomb.yaml', message: expect.stringMatching(/alias bomb/) }]);
  });

  it('reports resources it cannot read and goes on', () => {
    const yaml = `Resources:
  NoType: {Properties: {}}
  NotAMap: [1]
  Fn::ForEach::Buckets: [Name, [a, b], {"\${Name}": {Type: AWS::S3::Bucket}}]
  Good: {Type: AWS::S3::Bucket}
  Other: {Type: AWS::IoT::Thing, Properties: {ThingName: !Ref Missing}}
`;
    const result = parseCloudFormation('t.yaml', yaml);
    expect(result.resources.map((r) => r.id)).toEqual(['t.yaml#Good']);
    expect(result.problems).toEqual([
      { source: 't.yaml', line: 2, column: 3, message: 'resource NoType has no Type' },
      { source: 't.yaml', line: 3, column: 3, message: 'resource NotAMap should be a mapping' },
      {
        source: 't.yaml',
        line: 4,
        column: 3,
        message: 'Fn::ForEach::Buckets: resources generated by Fn::ForEach are not expanded and were not checked',
      },
    ]);
  });

  it('reports a Resources section that is not a mapping, and accepts a template without one', () => {
    expect(parseCloudFormation('t.yaml', 'Resources: [a]\n').problems).toEqual([{ source: 't.yaml', message: 'Resources should be a mapping' }]);
    expect(parseCloudFormation('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n')).toEqual({ resources: [], problems: [], coverage: [], nested: [] });
  });

  it('does not hang on references that go in circles', () => {
    const yaml = `Conditions:
  A: !Condition B
  B: !Not [!Condition A]
Resources:
  One:
    Type: AWS::S3::Bucket
    Condition: A
    Properties:
      BucketName: !If [B, x, y]
      LoggingConfiguration: {DestinationBucketName: !Ref Two}
  Two:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: {DestinationBucketName: !GetAtt One.Arn}
`;
    const r = byAddress(parseCloudFormation('t.yaml', yaml).resources);
    const one = as('AWS::S3::Bucket', r.One);
    expect(one.props.bucketName).toEqual({ $unknown: expect.stringMatching(/depends on itself/) });
    expect(one.props.logging).toEqual({ targetBucket: 'ref:t.yaml#Two', targetPrefix: '' });
    expect(as('AWS::S3::Bucket', r.Two).props.logging).toEqual({ targetBucket: 'ref:t.yaml#One', targetPrefix: '' });
  });

  it('stops a template that multiplies itself through a mapping, with one problem', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `t${i}`).join(', ');
    const buckets = Array.from({ length: 500 }, (_, i) => `  B${i}: {Type: AWS::S3::Bucket, Properties: {Tags: !FindInMap [M, k, v]}}`);
    const yaml = `Mappings:\n  M:\n    k:\n      v: [${items}]\nResources:\n${buckets.join('\n')}\n`;
    const started = performance.now();
    const result = parseCloudFormation('t.yaml', yaml);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.resources).toHaveLength(500);
    expect(result.problems).toEqual([{ source: 't.yaml', message: expect.stringMatching(/expansion bomb/) }]);
    expect(result.resources[499]!.tags).toEqual({ $unknown: expect.stringMatching(/later values were not resolved/) });
  });

  it('refuses to build text beyond the longest plausible value', () => {
    const yaml = `Parameters:\n  P: {Type: String, Default: ${'x'.repeat(100_000)}}\nResources:\n  B: {Type: AWS::S3::Bucket, Properties: {BucketName: !Sub "${'${P}'.repeat(20)}"}}\n`;
    const bucket = as('AWS::S3::Bucket', parseCloudFormation('t.yaml', yaml).resources[0]);
    expect(bucket.props.bucketName).toEqual({ $unknown: 'Fn::Sub builds text longer than 1048576 characters' });
  });

  it('resolves 200 levels of nested intrinsics', () => {
    const name = `${'!If [Yes, '.repeat(200)}deep${', x]'.repeat(200)}`;
    const yaml = `Conditions:\n  Yes: !Equals [a, a]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${name}\n`;
    const result = parseCloudFormation('t.yaml', yaml);
    expect(result.problems).toEqual([]);
    expect(as('AWS::S3::Bucket', result.resources[0]).props.bucketName).toBe('deep');
  });

  it('never throws, whatever the input', () => {
    const inputs = [
      '\u0000\u0001binary',
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": null}}}',
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketEncryption": "nope", "Tags": 5}}}}',
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: !Ref Nope\n',
      'Resources:\n  K:\n    Type: AWS::KMS::Key\n    Properties: {KeyPolicy: "{not json", EnableKeyRotation: [1]}\n',
      'Resources:\n  T:\n    Type: AWS::CloudTrail::Trail\n    Properties: {EventSelectors: {a: 1}, IsLogging: maybe}\n',
      'Parameters: 5\nConditions: [1]\nMappings: x\nResources:\n  B: {Type: AWS::S3::Bucket, Condition: [1], Properties: {BucketName: !FindInMap [a]}}\n',
    ];
    for (const text of inputs) {
      expect(() => parseCloudFormation('t.yaml', text)).not.toThrow();
    }
    const r = parseCloudFormation('t.yaml', inputs[3]!).resources[0]!;
    expect(r.props).toMatchObject({ bucketName: { $unknown: 'Ref to Nope, which the template does not declare' } });
  });
});
