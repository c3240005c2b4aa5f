import { DescribeFileSystemPolicyCommand, DescribeFileSystemsCommand, type FileSystemDescription } from '@aws-sdk/client-efs';
import { DescribeFileSystemsCommand as DescribeFsxFileSystemsCommand, type FileSystem } from '@aws-sdk/client-fsx';
import { normalizePolicy } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';

/**
 * EFS file systems (DescribeFileSystems carries encryption and tags; the policy is one call
 * each) and FSx file systems (one listing with everything).
 */
export const efsCollector: ServiceCollector = {
  service: 'elasticfilesystem',
  types: ['AWS::EFS::FileSystem'],
  permissions: {
    'elasticfilesystem:DescribeFileSystems': 'elasticfilesystem:DescribeFileSystems',
    'elasticfilesystem:DescribeFileSystemPolicy': 'elasticfilesystem:DescribeFileSystemPolicy',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectEfs(ctx, region)),
};

export const fsxCollector: ServiceCollector = {
  service: 'fsx',
  types: ['AWS::FSx::FileSystem'],
  permissions: { 'fsx:DescribeFileSystems': 'fsx:DescribeFileSystems' },
  collect: (ctx) => ctx.forEachRegion((region) => collectFsx(ctx, region)),
};

async function collectEfs(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'elasticfilesystem',
    region,
    (Marker) => new DescribeFileSystemsCommand({ MaxItems: 100, Marker }),
    (o) => o.FileSystems,
    (o) => o.NextMarker,
  );
  ctx.listed('AWS::EFS::FileSystem', 'elasticfilesystem', region, listing.failure);
  await ctx.forEach(listing.items, (fs) => addEfs(ctx, region, fs, listing.calls));
}

async function addEfs(ctx: AwsContext, region: string, fs: FileSystemDescription, listCalls: string[]): Promise<void> {
  const id = fs.FileSystemId;
  if (!id) return;
  const policy = await ctx.call('elasticfilesystem', region, new DescribeFileSystemPolicyCommand({ FileSystemId: id }));
  if (!policy.ok && policy.failure.code === 'FileSystemNotFound') return;
  const arn = fs.FileSystemArn ?? `arn:${ctx.partition}:elasticfilesystem:${region}:${ctx.account}:file-system/${id}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::EFS::FileSystem',
    id: arn,
    name: fs.Name ?? id,
    account: ctx.account,
    region,
    tags: tagRecord(fs.Tags, (t) => t.Key, (t) => t.Value),
    props: {
      fileSystemId: id,
      encrypted: fs.Encrypted ?? unknown('elasticfilesystem:DescribeFileSystems returned no Encrypted'),
      kmsKeyId: fs.KmsKeyId ?? null,
      // PolicyNotFound: the file system has no policy.
      policy: known(policy, (o) => normalizePolicy(o.Policy), { PolicyNotFound: null }),
    },
    origin: { kind: 'live', calls: [...listCalls, policy.call] },
    refs: [arn, id],
  });
}

async function collectFsx(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'fsx',
    region,
    (NextToken) => new DescribeFsxFileSystemsCommand({ MaxResults: 100, NextToken }),
    (o) => o.FileSystems,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::FSx::FileSystem', 'fsx', region, listing.failure);
  for (const fs of listing.items) addFsx(ctx, region, fs, listing.calls);
}

function addFsx(ctx: AwsContext, region: string, fs: FileSystem, calls: string[]): void {
  const id = fs.FileSystemId;
  if (!id) return;
  const arn = fs.ResourceARN ?? `arn:${ctx.partition}:fsx:${region}:${ctx.account}:file-system/${id}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::FSx::FileSystem',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags: tagRecord(fs.Tags, (t) => t.Key, (t) => t.Value),
    props: {
      fileSystemId: id,
      fileSystemType: fs.FileSystemType ?? unknown('fsx:DescribeFileSystems returned no FileSystemType'),
      kmsKeyId: fs.KmsKeyId ?? null,
    },
    origin: { kind: 'live', calls },
    refs: [arn, id],
  });
}
