import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListKeysCommand,
  type KeyMetadata,
  ListResourceTagsCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../model/unknown.js';
import { collectAws } from './index.js';
import { ACCOUNT, byRegion, deniedJson, mockAws, ofType, throttled } from './test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const CMK = '1234abcd-12ab-34cd-56ef-1234567890ab';
const AWS_S3_KEY = '0987dcba-09fe-87dc-65ba-ab0987654321';
const RSA = 'mrk-5678efgh-56ef-78gh-90ij-567890abcdef';
const arn = (id: string, region = R) => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;
const KEY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }],
});

function metadata(KeyId: string, over: Partial<KeyMetadata>): { KeyMetadata: KeyMetadata } {
  return {
    KeyMetadata: {
      AWSAccountId: ACCOUNT,
      KeyId,
      Arn: arn(KeyId),
      CreationDate: new Date('2024-03-01'),
      Enabled: true,
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
      ...over,
    },
  };
}

/** Three keys over two pages, aliases over two pages, as KMS returns them. */
function threeKeys(): void {
  mocks.kms
    .on(ListKeysCommand, { Marker: undefined })
    .resolves({ Keys: [{ KeyId: CMK, KeyArn: arn(CMK) }, { KeyId: AWS_S3_KEY, KeyArn: arn(AWS_S3_KEY) }], NextMarker: 'k2', Truncated: true })
    .on(ListKeysCommand, { Marker: 'k2' })
    .resolves({ Keys: [{ KeyId: RSA, KeyArn: arn(RSA) }], Truncated: false });
  mocks.kms
    .on(ListAliasesCommand, { Marker: undefined })
    .resolves({
      Aliases: [
        { AliasName: 'alias/phi-data', AliasArn: `arn:aws:kms:${R}:${ACCOUNT}:alias/phi-data`, TargetKeyId: CMK },
        // Predefined alias whose key AWS has not created yet.
        { AliasName: 'alias/aws/ebs', AliasArn: `arn:aws:kms:${R}:${ACCOUNT}:alias/aws/ebs` },
      ],
      NextMarker: 'a2',
      Truncated: true,
    })
    .on(ListAliasesCommand, { Marker: 'a2' })
    .resolves({
      Aliases: [
        { AliasName: 'alias/aws/s3', AliasArn: `arn:aws:kms:${R}:${ACCOUNT}:alias/aws/s3`, TargetKeyId: AWS_S3_KEY },
        { AliasName: 'alias/phi-backup', AliasArn: `arn:aws:kms:${R}:${ACCOUNT}:alias/phi-backup`, TargetKeyId: CMK },
      ],
      Truncated: false,
    });
  mocks.kms.on(DescribeKeyCommand, { KeyId: CMK }).resolves(metadata(CMK, {}));
  mocks.kms.on(DescribeKeyCommand, { KeyId: AWS_S3_KEY }).resolves(metadata(AWS_S3_KEY, { KeyManager: 'AWS' }));
  mocks.kms.on(DescribeKeyCommand, { KeyId: RSA }).resolves(
    metadata(RSA, { KeySpec: 'RSA_2048', CustomerMasterKeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY', MultiRegion: true }),
  );
  mocks.kms.on(GetKeyRotationStatusCommand, { KeyId: CMK }).resolves({ KeyRotationEnabled: true, KeyId: arn(CMK), RotationPeriodInDays: 180 });
  mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: KEY_POLICY, PolicyName: 'default' });
  mocks.kms
    .on(ListResourceTagsCommand, { KeyId: CMK, Marker: undefined })
    .resolves({ Tags: [{ TagKey: 'data-class', TagValue: 'phi' }], NextMarker: 't2', Truncated: true })
    .on(ListResourceTagsCommand, { KeyId: CMK, Marker: 't2' })
    .resolves({ Tags: [{ TagKey: 'owner', TagValue: 'records-team' }], Truncated: false });
  mocks.kms.on(ListResourceTagsCommand, { KeyId: RSA }).resolves({ Tags: [], Truncated: false });
}

const normalizedPolicy = {
  version: '2012-10-17',
  statements: [
    { sid: 'Enable IAM User Permissions', effect: 'Allow', principal: { AWS: [`arn:aws:iam::${ACCOUNT}:root`] }, action: ['kms:*'], resource: ['*'] },
  ],
};

describe('KMS keys', () => {
  it('lists every page of keys and aliases, joins aliases, and reads rotation, policy and tags', async () => {
    threeKeys();
    const result = await collectAws({ regions: [R] });
    const keys = ofType(result.resources, 'AWS::KMS::Key');
    expect(keys.map((k) => k.id)).toEqual([arn(AWS_S3_KEY), arn(CMK), arn(RSA)]);
    const listCalls = ['kms:ListKeys', 'kms:ListAliases'];
    expect(keys[1]).toEqual({
      provider: 'aws',
      type: 'AWS::KMS::Key',
      id: arn(CMK),
      name: 'alias/phi-backup',
      account: ACCOUNT,
      region: R,
      tags: { 'data-class': 'phi', owner: 'records-team' },
      props: {
        keyManager: 'CUSTOMER',
        keySpec: 'SYMMETRIC_DEFAULT',
        keyState: 'Enabled',
        keyOrigin: 'AWS_KMS',
        rotationEnabled: true,
        rotationPeriodDays: 180,
        aliases: ['alias/phi-backup', 'alias/phi-data'],
        policy: normalizedPolicy,
      },
      origin: {
        kind: 'live',
        calls: [...listCalls, 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy', 'kms:ListResourceTags'],
      },
      refs: [
        CMK,
        arn(CMK),
        'alias/phi-backup',
        'alias/phi-data',
        `arn:aws:kms:${R}:${ACCOUNT}:alias/phi-backup`,
        `arn:aws:kms:${R}:${ACCOUNT}:alias/phi-data`,
      ],
    });
    // AWS managed: rotated yearly by AWS, untaggable; neither call is made.
    expect(keys[0]).toMatchObject({
      name: 'alias/aws/s3',
      tags: {},
      props: { keyManager: 'AWS', rotationEnabled: true, rotationPeriodDays: 365, aliases: ['alias/aws/s3'], policy: normalizedPolicy },
      origin: { kind: 'live', calls: [...listCalls, 'kms:DescribeKey', 'kms:GetKeyPolicy'] },
    });
    // Asymmetric: automatic rotation does not exist for it.
    expect(keys[2]).toMatchObject({
      name: RSA,
      tags: {},
      props: { keyManager: 'CUSTOMER', keySpec: 'RSA_2048', rotationEnabled: false, rotationPeriodDays: null, aliases: [] },
    });
    expect(mocks.kms.commandCalls(GetKeyRotationStatusCommand).map((c) => c.args[0].input.KeyId)).toEqual([CMK]);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::KMS::Key', complete: true, reasons: [] });
  });

  it('turns denied per-key calls into unknown values', async () => {
    threeKeys();
    mocks.kms.on(GetKeyPolicyCommand, { KeyId: CMK }).rejects(deniedJson('kms:GetKeyPolicy'));
    mocks.kms.on(DescribeKeyCommand, { KeyId: RSA }).rejects(deniedJson('kms:DescribeKey'));
    const keys = ofType((await collectAws({ regions: [R] })).resources, 'AWS::KMS::Key');
    const cmk = keys.find((k) => k.id === arn(CMK))!;
    expect(cmk.props.policy).toEqual(unknown('AccessDenied on kms:GetKeyPolicy'));
    const rsa = keys.find((k) => k.id === arn(RSA))!;
    const why = unknown('AccessDenied on kms:DescribeKey');
    expect(rsa.props).toEqual({
      keyManager: why,
      keySpec: why,
      keyState: why,
      keyOrigin: why,
      rotationEnabled: why,
      rotationPeriodDays: why,
      aliases: [],
      policy: normalizedPolicy,
    });
    expect(rsa.tags).toEqual(why);
  });

  it('maps rotation it cannot have (imported material) to off, and a throttled rotation read to unknown', async () => {
    threeKeys();
    mocks.kms.on(GetKeyRotationStatusCommand, { KeyId: CMK }).rejects(throttled());
    let keys = ofType((await collectAws({ regions: [R] })).resources, 'AWS::KMS::Key');
    const why = unknown('throttled: kms:GetKeyRotationStatus gave up after 10 attempts');
    expect(keys.find((k) => k.id === arn(CMK))!.props).toMatchObject({ rotationEnabled: why, rotationPeriodDays: why });

    mocks.kms.on(DescribeKeyCommand, { KeyId: CMK }).resolves(metadata(CMK, { Origin: 'EXTERNAL' }));
    mocks.kms.on(GetKeyRotationStatusCommand, { KeyId: CMK }).rejects(
      Object.assign(new Error('imported key material'), { name: 'UnsupportedOperationException', $metadata: { httpStatusCode: 400 } }),
    );
    keys = ofType((await collectAws({ regions: [R] })).resources, 'AWS::KMS::Key');
    expect(keys.find((k) => k.id === arn(CMK))!.props).toMatchObject({ keyOrigin: 'EXTERNAL', rotationEnabled: false, rotationPeriodDays: null });
  });

  it('lists each region on its own: one throttled region is a problem, the others are collected', async () => {
    mocks.kms.on(ListKeysCommand).callsFake(
      byRegion({ 'us-east-1': { Keys: [{ KeyId: CMK, KeyArn: arn(CMK) }], Truncated: false }, 'eu-west-1': throttled() }),
    );
    mocks.kms.on(ListAliasesCommand).callsFake(
      byRegion({ 'us-east-1': { Aliases: [], Truncated: false }, 'eu-west-1': { Aliases: [], Truncated: false } }),
    );
    mocks.kms.on(DescribeKeyCommand).resolves(metadata(CMK, {}));
    mocks.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false });
    mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: KEY_POLICY });
    mocks.kms.on(ListResourceTagsCommand).resolves({ Tags: [], Truncated: false });
    const result = await collectAws({ regions: ['us-east-1', 'eu-west-1'] });
    const keys = ofType(result.resources, 'AWS::KMS::Key');
    expect(keys.map((k) => k.id)).toEqual([arn(CMK)]);
    expect(keys[0]!.props).toMatchObject({ rotationEnabled: false, rotationPeriodDays: null });
    expect(result.problems).toEqual([
      {
        source: `aws:${ACCOUNT}:eu-west-1:kms`,
        message: 'AWS::KMS::Key not fully listed: throttled: kms:ListKeys gave up after 10 attempts (Rate exceeded)',
      },
    ]);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::KMS::Key',
      complete: false,
      reasons: ['throttled: kms:ListKeys gave up after 10 attempts in eu-west-1'],
    });
  });

  it('reports keys without aliases, and says so, when ListAliases is denied', async () => {
    threeKeys();
    mocks.kms.on(ListAliasesCommand).rejects(deniedJson('kms:ListAliases'));
    const result = await collectAws({ regions: [R] });
    const keys = ofType(result.resources, 'AWS::KMS::Key');
    expect(keys.map((k) => [k.name, k.props.aliases])).toEqual([
      [AWS_S3_KEY, []],
      [CMK, []],
      [RSA, []],
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ source: `aws:${ACCOUNT}:${R}:kms`, message: /^KMS key aliases not read: AccessDenied on kms:ListAliases/ });
    expect(result.coverage.find((c) => c.type === 'AWS::KMS::Key')?.complete).toBe(true);
  });
});
