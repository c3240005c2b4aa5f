import {
  DescribeImagesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector } from '../context.js';
import { addEc2, joinProblem } from './shared.js';

/** EBS volumes, snapshots, the regional encryption-by-default setting, and the account's own AMIs. */
const permissions = {
  'ec2:DescribeVolumes': 'ec2:DescribeVolumes',
  'ec2:DescribeSnapshots': 'ec2:DescribeSnapshots',
  'ec2:GetEbsEncryptionByDefault': 'ec2:GetEbsEncryptionByDefault',
  'ec2:GetEbsDefaultKmsKeyId': 'ec2:GetEbsDefaultKmsKeyId',
  'ec2:DescribeImages': 'ec2:DescribeImages',
};

export const ebsCollector: ServiceCollector = {
  service: 'ec2',
  types: ['AWS::EC2::Volume', 'AWS::EC2::Snapshot', 'AWS::EC2::EBSEncryptionByDefault', 'AWS::EC2::Image'],
  permissions,
  collect: (ctx) =>
    ctx.forEachRegion(async (region) => {
      await Promise.all([volumes(ctx, region), snapshots(ctx, region), encryptionByDefault(ctx, region), images(ctx, region)]);
    }),
};

const next = (o: { NextToken?: string }): string | undefined => o.NextToken;

async function volumes(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ec2',
    region,
    (NextToken) => new DescribeVolumesCommand({ MaxResults: 500, NextToken }),
    (o) => o.Volumes,
    next,
  );
  ctx.listed('AWS::EC2::Volume', 'ec2', region, listing.failure);
  for (const v of listing.items) {
    if (!v.VolumeId) continue;
    const encrypted = v.Encrypted ?? false;
    addEc2(ctx, region, {
      type: 'AWS::EC2::Volume',
      kind: 'volume',
      id: v.VolumeId,
      tags: v.Tags,
      calls: listing.calls,
      props: {
        encrypted,
        // The API names the key by ARN even for aws/ebs; the key's own record says who manages it.
        kmsKeyId: encrypted ? (v.KmsKeyId ?? null) : null,
        attachedTo: (v.Attachments ?? []).flatMap((a) => (a.InstanceId ? [a.InstanceId] : [])),
      },
    });
  }
}

/**
 * The account's snapshots, and which of them anyone may restore: a second listing
 * filtered to `RestorableByUserIds: all` answers that for every snapshot at once, where
 * DescribeSnapshotAttribute would take one call each.
 */
async function snapshots(ctx: AwsContext, region: string): Promise<void> {
  const [listing, publicOnes] = await Promise.all([
    ctx.list(
      'ec2',
      region,
      (NextToken) => new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000, NextToken }),
      (o) => o.Snapshots,
      next,
    ),
    ctx.list(
      'ec2',
      region,
      (NextToken) => new DescribeSnapshotsCommand({ OwnerIds: ['self'], RestorableByUserIds: ['all'], MaxResults: 1000, NextToken }),
      (o) => o.Snapshots,
      next,
    ),
  ]);
  ctx.listed('AWS::EC2::Snapshot', 'ec2', region, listing.failure);
  joinProblem(ctx, 'ec2', region, 'publicly restorable EBS snapshots', listing.failure ? undefined : publicOnes.failure);
  const open = new Set(publicOnes.items.map((s) => s.SnapshotId));
  const isPublic = (id: string): Known<boolean> => (open.has(id) ? true : publicOnes.failure ? unknown(publicOnes.failure.reason) : false);
  for (const s of listing.items) {
    if (!s.SnapshotId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::Snapshot',
      kind: 'snapshot',
      id: s.SnapshotId,
      tags: s.Tags,
      calls: listing.calls,
      props: { encrypted: s.Encrypted ?? false, public: isPublic(s.SnapshotId) },
    });
  }
}

const AWS_EBS_KEY = /(^|:)alias\/aws\/ebs$/;

async function encryptionByDefault(ctx: AwsContext, region: string): Promise<void> {
  const [setting, key] = await Promise.all([
    ctx.call('ec2', region, new GetEbsEncryptionByDefaultCommand({})),
    ctx.call('ec2', region, new GetEbsDefaultKmsKeyIdCommand({})),
  ]);
  // A region we cannot read at all is a gap in coverage, not a resource.
  ctx.listed('AWS::EC2::EBSEncryptionByDefault', 'ec2', region, setting.ok ? undefined : setting.failure);
  if (!setting.ok && setting.failure.kind === 'region') return;
  const id = `arn:${ctx.partition}:ec2:${region}:${ctx.account}:ebs-encryption-by-default`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::EC2::EBSEncryptionByDefault',
    id,
    name: `EBS encryption by default (${region})`,
    account: ctx.account,
    region,
    tags: {},
    props: {
      enabled: known(setting, (o) => o.EbsEncryptionByDefault ?? false),
      kmsKeyId: known(key, (o) => (!o.KmsKeyId || AWS_EBS_KEY.test(o.KmsKeyId) ? null : o.KmsKeyId)),
    },
    origin: { kind: 'live', calls: [setting.call, key.call] },
    refs: [id],
  });
}

async function images(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ec2',
    region,
    (NextToken) => new DescribeImagesCommand({ Owners: ['self'], MaxResults: 1000, NextToken }),
    (o) => o.Images,
    next,
  );
  ctx.listed('AWS::EC2::Image', 'ec2', region, listing.failure);
  for (const i of listing.items) {
    if (!i.ImageId) continue;
    addEc2(ctx, region, {
      type: 'AWS::EC2::Image',
      kind: 'image',
      id: i.ImageId,
      // Image ARNs carry no account.
      arn: `arn:${ctx.partition}:ec2:${region}::image/${i.ImageId}`,
      tags: i.Tags,
      calls: listing.calls,
      props: { imageId: i.ImageId, public: i.Public ?? false },
    });
  }
}
