import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

type Bucket = Resource<'AWS::S3::Bucket'>;

function buckets(yaml: string, params: Record<string, string> = {}): Record<string, Bucket> {
  const result = parseCloudFormation('tpl.yaml', yaml, { params });
  expect(result.problems).toEqual([]);
  const out: Record<string, Bucket> = {};
  for (const r of result.resources) if (r.type === 'AWS::S3::Bucket') out[r.origin.kind === 'iac' ? r.origin.address : r.id] = r;
  return out;
}

const one = (props: string, extra = '', params: Record<string, string> = {}): Bucket =>
  buckets(`Parameters:\n  P: {Type: String}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n${props}\n${extra}`, params).B!;

describe('AWS::S3::Bucket', () => {
  it('settles every default for a bare bucket', () => {
    const b = buckets('Resources:\n  Bare:\n    Type: AWS::S3::Bucket\n').Bare!;
    expect(b).toEqual({
      provider: 'aws',
      type: 'AWS::S3::Bucket',
      id: 'tpl.yaml#Bare',
      name: 'Bare',
      account: { $unknown: 'not declared in the template' },
      region: { $unknown: 'not declared in the template' },
      tags: {},
      props: {
        bucketName: { $unknown: 'BucketName is not declared: CloudFormation generates it at deploy time' },
        encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false, source: 's3-default' },
        policy: null,
        publicAccessBlock: null,
        aclPublicGrants: [],
        versioning: 'Disabled',
        logging: null,
        // S3's defaults for a new bucket: ACLs disabled; nothing else configured.
        objectOwnership: 'BucketOwnerEnforced',
        aclGrantsBeyondOwner: [],
        objectLock: null,
        replication: null,
        eventNotifications: [],
        lifecycleRules: [],
      },
      origin: { kind: 'iac', format: 'cloudformation', file: 'tpl.yaml', line: 2, column: 3, address: 'Bare' },
      refs: ['ref:tpl.yaml#Bare', 'arn:aws:s3:::ref:tpl.yaml#Bare'],
    });
  });

  it('answers to its literal name and ARN', () => {
    const b = one('      BucketName: phi-records');
    expect(b.name).toBe('phi-records');
    expect(b.props.bucketName).toBe('phi-records');
    expect(b.refs).toEqual(['ref:tpl.yaml#B', 'arn:aws:s3:::ref:tpl.yaml#B', 'phi-records', 'arn:aws:s3:::phi-records']);
  });

  it('keeps the logical id as name when the bucket name cannot be resolved', () => {
    const b = one('      BucketName: !Sub "phi-${AWS::AccountId}"');
    expect(b.name).toBe('B');
    expect(b.props.bucketName).toEqual({ $unknown: 'AWS::AccountId is decided at deploy time' });
    expect(b.refs).toEqual(['ref:tpl.yaml#B', 'arn:aws:s3:::ref:tpl.yaml#B']);
  });

  describe('encryption', () => {
    const enc = (rule: string) =>
      one(`      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ${rule}`, '  K: {Type: AWS::KMS::Key}').props
        .encryption;
    it('reads a declared KMS key (a token for a key of the template)', () => {
      expect(enc('ServerSideEncryptionByDefault: {SSEAlgorithm: "aws:kms", KMSMasterKeyID: !GetAtt K.Arn}\n            BucketKeyEnabled: true')).toEqual({
        algorithm: 'aws:kms',
        kmsKeyId: 'ref:tpl.yaml#K',
        bucketKeyEnabled: true,
        source: 'declared',
      });
    });
    it('uses null for aws:kms without a key (the AWS managed key)', () => {
      expect(enc('ServerSideEncryptionByDefault: {SSEAlgorithm: "aws:kms"}')).toEqual({
        algorithm: 'aws:kms',
        kmsKeyId: null,
        bucketKeyEnabled: false,
        source: 'declared',
      });
    });
    it('ignores a key named with SSE-S3', () => {
      expect(enc('ServerSideEncryptionByDefault: {SSEAlgorithm: AES256, KMSMasterKeyID: k}')).toMatchObject({ algorithm: 'AES256', kmsKeyId: null });
    });
    it('keeps the S3 default when a rule sets only BucketKeyEnabled', () => {
      expect(enc('BucketKeyEnabled: true')).toEqual({ algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: true, source: 's3-default' });
    });
    it('is unknown when the algorithm is', () => {
      expect(enc('ServerSideEncryptionByDefault: {SSEAlgorithm: !Ref P}')).toMatchObject({
        algorithm: { $unknown: 'parameter P has no value' },
        source: 'declared',
      });
    });
    it('is unknown when the whole block is', () => {
      expect(one('      BucketEncryption: !If [Nope, {}, {}]').props.encryption).toEqual({ $unknown: 'condition Nope is not declared' });
    });
  });

  it('reads the public access block, settings left out being false', () => {
    expect(one('      PublicAccessBlockConfiguration: {BlockPublicAcls: true, RestrictPublicBuckets: "true"}').props.publicAccessBlock).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: false,
      blockPublicPolicy: false,
      restrictPublicBuckets: true,
    });
  });

  describe('ACL grants', () => {
    it.each([
      ['Private', []],
      ['PublicRead', ['READ']],
      ['PublicReadWrite', ['READ', 'WRITE']],
      ['AuthenticatedRead', ['READ']],
      ['LogDeliveryWrite', []],
      ['BucketOwnerFullControl', []],
    ])('%s grants %j publicly', (acl, grants) => {
      expect(one(`      AccessControl: ${acl}`).props.aclPublicGrants).toEqual(grants);
    });
    it('grants nothing when BucketOwnerEnforced disables ACLs', () => {
      const b = one('      AccessControl: PublicRead\n      OwnershipControls: {Rules: [{ObjectOwnership: BucketOwnerEnforced}]}');
      expect(b.props.aclPublicGrants).toEqual([]);
    });
    it('is unknown when the ACL is', () => {
      expect(one('      AccessControl: !Ref P').props.aclPublicGrants).toEqual({ $unknown: 'parameter P has no value' });
    });
    it('is unknown when a public ACL may be disabled by unknown ownership', () => {
      const b = one('      AccessControl: PublicRead\n      OwnershipControls: {Rules: [{ObjectOwnership: !Ref P}]}');
      expect(b.props.aclPublicGrants).toEqual({ $unknown: 'parameter P has no value' });
    });
  });

  it.each([
    ['Enabled', 'Enabled'],
    ['Suspended', 'Suspended'],
    ['!Ref P', { $unknown: 'parameter P has no value' }],
  ])('reads versioning %s', (status, expected) => {
    expect(one(`      VersioningConfiguration: {Status: ${status}}`).props.versioning).toEqual(expected);
  });

  describe('logging', () => {
    it('reads the destination and prefix', () => {
      const b = one('      LoggingConfiguration: {DestinationBucketName: !Ref Logs, LogFilePrefix: phi/}', '  Logs: {Type: AWS::S3::Bucket}');
      expect(b.props.logging).toEqual({ targetBucket: 'ref:tpl.yaml#Logs', targetPrefix: 'phi/' });
    });
    it('delivers to the bucket itself when no destination is named', () => {
      expect(one('      BucketName: phi\n      LoggingConfiguration: {}').props.logging).toEqual({ targetBucket: 'phi', targetPrefix: '' });
      expect(one('      LoggingConfiguration: {}').props.logging).toEqual({ targetBucket: 'ref:tpl.yaml#B', targetPrefix: '' });
    });
  });

  it('reads tags, leaving out those it cannot resolve', () => {
    const b = one('      Tags:\n        - {Key: data-class, Value: phi}\n        - {Key: owner, Value: !Ref P}\n        - {Key: n, Value: 3}');
    expect(b.tags).toEqual({ 'data-class': 'phi', n: '3' });
  });

  it('is not created when its condition is false, and kept when the condition is undecided', () => {
    const bs = buckets(
      'Parameters:\n  P: {Type: String}\nConditions:\n  Never: !Equals [a, b]\n  Maybe: !Equals [!Ref P, x]\nResources:\n  Gone:\n    Type: AWS::S3::Bucket\n    Condition: Never\n  Kept:\n    Type: AWS::S3::Bucket\n    Condition: Maybe\n',
    );
    expect(Object.keys(bs)).toEqual(['Kept']);
  });
});

describe('AWS::S3::BucketPolicy', () => {
  const policy = (bucket: string, condition = '') => `
  Pol:
    Type: AWS::S3::BucketPolicy
${condition}    Properties:
      Bucket: ${bucket}
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: s3:*
            Resource: !Sub "\${Data.Arn}/*"
            Condition: {Bool: {"aws:SecureTransport": false}}`;
  const head = 'Parameters:\n  P: {Type: String}\nConditions:\n  Maybe: !Equals [!Ref P, x]\n  Never: !Equals [a, b]\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: phi-data}';
  const expected = {
    statements: [
      {
        effect: 'Deny',
        principal: '*',
        action: ['s3:*'],
        resource: ['ref:tpl.yaml#Data/*'],
        condition: { Bool: { 'aws:securetransport': ['false'] } },
      },
    ],
  };

  it('becomes the policy of the bucket it names by Ref', () => {
    expect(buckets(head + policy('!Ref Data')).Data!.props.policy).toEqual(expected);
  });
  it('becomes the policy of the bucket it names by literal name', () => {
    expect(buckets(head + policy('phi-data')).Data!.props.policy).toEqual(expected);
  });
  it('is ignored when its bucket is not in the template or cannot be resolved', () => {
    expect(buckets(head + policy('someone-elses-bucket')).Data!.props.policy).toBeNull();
    expect(buckets(head + policy('!Ref P')).Data!.props.policy).toBeNull();
    expect(buckets(head + policy('!ImportValue Shared')).Data!.props.policy).toBeNull();
  });
  it('is ignored when its condition is false', () => {
    expect(buckets(head + policy('!Ref Data', '    Condition: Never\n')).Data!.props.policy).toBeNull();
  });
  it('makes the policy unknown when its condition is undecided', () => {
    const p = buckets(head + policy('!Ref Data', '    Condition: Maybe\n')).Data!.props.policy;
    expect(p).toEqual({ $unknown: expect.stringMatching(/^bucket policy Pol exists only under a condition .*parameter P has no value$/) });
  });
  it('joins whichever comes first in the template', () => {
    const yaml = `Resources:${policy('!Ref Data')}\n  Data: {Type: AWS::S3::Bucket}`;
    expect(buckets(yaml).Data!.props.policy).toEqual(expected);
  });
});
