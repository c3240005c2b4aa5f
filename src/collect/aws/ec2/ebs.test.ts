import {
  DescribeImagesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const m = mockAws();
const R = 'us-east-1';
const KEY = `arn:aws:kms:${R}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const unauthorized = () => awsError('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.');

describe('EBS volumes', () => {
  it('reads every page, with encryption, key and attachments', async () => {
    m.ec2
      .on(DescribeVolumesCommand, { NextToken: undefined })
      .resolves({ Volumes: [{ VolumeId: 'vol-1', Encrypted: true, KmsKeyId: KEY, Attachments: [{ InstanceId: 'i-1', State: 'attached' }] }], NextToken: 'p2' })
      .on(DescribeVolumesCommand, { NextToken: 'p2' })
      .resolves({ Volumes: [{ VolumeId: 'vol-2', Encrypted: false, Tags: [{ Key: 'phi', Value: 'true' }] }] });
    const volumes = ofType((await collectAws({ regions: [R] })).resources, 'AWS::EC2::Volume');
    expect(volumes.map((v) => [v.id, v.tags, v.props])).toEqual([
      [`arn:aws:ec2:${R}:${ACCOUNT}:volume/vol-1`, {}, { encrypted: true, kmsKeyId: KEY, attachedTo: ['i-1'] }],
      [`arn:aws:ec2:${R}:${ACCOUNT}:volume/vol-2`, { phi: 'true' }, { encrypted: false, kmsKeyId: null, attachedTo: [] }],
    ]);
  });

  it('marks volumes incomplete when throttling outlasts the retries', async () => {
    m.ec2.on(DescribeVolumesCommand).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::EC2::Volume')).toMatchObject({ complete: false });
  });
});

describe('EBS snapshots', () => {
  it('learns which snapshots are public from one filtered listing, not a call per snapshot', async () => {
    m.ec2.on(DescribeSnapshotsCommand, { RestorableByUserIds: undefined }).resolves({
      Snapshots: [
        { SnapshotId: 'snap-1', Encrypted: false, OwnerId: ACCOUNT },
        { SnapshotId: 'snap-2', Encrypted: true, OwnerId: ACCOUNT },
      ],
    });
    m.ec2.on(DescribeSnapshotsCommand, { RestorableByUserIds: ['all'] }).resolves({ Snapshots: [{ SnapshotId: 'snap-1', OwnerId: ACCOUNT }] });
    const snaps = ofType((await collectAws({ regions: [R] })).resources, 'AWS::EC2::Snapshot');
    expect(snaps.map((s) => [s.name, s.props])).toEqual([
      ['snap-1', { encrypted: false, public: true }],
      ['snap-2', { encrypted: true, public: false }],
    ]);
    for (const call of m.ec2.commandCalls(DescribeSnapshotsCommand)) expect(call.args[0].input.OwnerIds).toEqual(['self']);
  });

  it('makes publicness unknown when the public listing is refused', async () => {
    m.ec2.on(DescribeSnapshotsCommand, { RestorableByUserIds: undefined }).resolves({ Snapshots: [{ SnapshotId: 'snap-1', Encrypted: true }] });
    m.ec2.on(DescribeSnapshotsCommand, { RestorableByUserIds: ['all'] }).rejects(unauthorized());
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EC2::Snapshot')[0]!.props.public).toEqual(unknown('AccessDenied on ec2:DescribeSnapshots'));
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^publicly restorable EBS snapshots not read/)]);
  });
});

describe('EBS encryption by default', () => {
  it('is one resource per region, with the AWS managed key as null', async () => {
    m.ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
    m.ec2.on(GetEbsDefaultKmsKeyIdCommand).resolves({ KmsKeyId: `arn:aws:kms:${R}:${ACCOUNT}:alias/aws/ebs` });
    let [setting] = ofType((await collectAws({ regions: [R] })).resources, 'AWS::EC2::EBSEncryptionByDefault');
    expect(setting).toMatchObject({
      id: `arn:aws:ec2:${R}:${ACCOUNT}:ebs-encryption-by-default`,
      props: { enabled: true, kmsKeyId: null },
      origin: { kind: 'live', calls: ['ec2:GetEbsEncryptionByDefault', 'ec2:GetEbsDefaultKmsKeyId'] },
    });
    m.ec2.on(GetEbsDefaultKmsKeyIdCommand).resolves({ KmsKeyId: KEY });
    [setting] = ofType((await collectAws({ regions: [R] })).resources, 'AWS::EC2::EBSEncryptionByDefault');
    expect(setting!.props.kmsKeyId).toBe(KEY);
  });

  it('keeps the resource with unknown settings when the reads are refused', async () => {
    m.ec2.on(GetEbsEncryptionByDefaultCommand).rejects(unauthorized());
    m.ec2.on(GetEbsDefaultKmsKeyIdCommand).rejects(unauthorized());
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EC2::EBSEncryptionByDefault')[0]!.props).toEqual({
      enabled: unknown('AccessDenied on ec2:GetEbsEncryptionByDefault'),
      kmsKeyId: unknown('AccessDenied on ec2:GetEbsDefaultKmsKeyId'),
    });
    expect(result.coverage.find((c) => c.type === 'AWS::EC2::EBSEncryptionByDefault')?.complete).toBe(false);
  });
});

describe('AMIs', () => {
  it('lists only the account’s own images, with whether they are public', async () => {
    m.ec2
      .on(DescribeImagesCommand, { NextToken: undefined })
      .resolves({ Images: [{ ImageId: 'ami-1', Public: true, Tags: [{ Key: 'Name', Value: 'golden' }] }], NextToken: 'p2' })
      .on(DescribeImagesCommand, { NextToken: 'p2' })
      .resolves({ Images: [{ ImageId: 'ami-2', Public: false }] });
    const images = ofType((await collectAws({ regions: [R] })).resources, 'AWS::EC2::Image');
    expect(images.map((i) => [i.id, i.name, i.props.public])).toEqual([
      [`arn:aws:ec2:${R}::image/ami-1`, 'golden (ami-1)', true],
      [`arn:aws:ec2:${R}::image/ami-2`, 'ami-2', false],
    ]);
    expect(m.ec2.commandCalls(DescribeImagesCommand)[0]!.args[0].input.Owners).toEqual(['self']);
  });

  it('finds nothing, completely, in an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    for (const type of ['AWS::EC2::Image', 'AWS::EC2::Volume', 'AWS::EC2::Snapshot'] as const) {
      expect(ofType(result.resources, type)).toEqual([]);
      expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type, complete: true, reasons: [] });
    }
    expect(ofType(result.resources, 'AWS::EC2::EBSEncryptionByDefault')[0]!.props).toEqual({ enabled: false, kmsKeyId: null });
  });
});
