import { DescribeFileSystemPolicyCommand, DescribeFileSystemsCommand, type FileSystemDescription } from '@aws-sdk/client-efs';
import { DescribeFileSystemsCommand as DescribeFsxFileSystemsCommand } from '@aws-sdk/client-fsx';
import { describe, expect, it } from 'vitest';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const fs = (id: string, over: Partial<FileSystemDescription> = {}): FileSystemDescription => ({
  OwnerId: ACCOUNT,
  CreationToken: id,
  FileSystemId: id,
  FileSystemArn: `arn:aws:elasticfilesystem:${R}:${ACCOUNT}:file-system/${id}`,
  CreationTime: new Date('2026-01-01'),
  LifeCycleState: 'available' as const,
  NumberOfMountTargets: 2,
  SizeInBytes: { Value: 6144 },
  PerformanceMode: 'generalPurpose' as const,
  Encrypted: false,
  Tags: [],
  ...over,
});

describe('EFS and FSx file systems', () => {
  it('reads every page, the policy (none when PolicyNotFound, unknown when denied), and FSx in one listing', async () => {
    const efs = mocks.of('elasticfilesystem');
    efs
      .on(DescribeFileSystemsCommand, { Marker: undefined })
      .resolves({ FileSystems: [fs('fs-aaaa', { Name: 'scans', Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', Tags: [{ Key: 'Name', Value: 'scans' }] })], NextMarker: 'm2' })
      .on(DescribeFileSystemsCommand, { Marker: 'm2' })
      .resolves({ FileSystems: [fs('fs-bbbb'), fs('fs-cccc')] });
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-aaaa' }).resolves({
      FileSystemId: 'fs-aaaa',
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),
    });
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-bbbb' }).rejects(awsError('PolicyNotFound', 404));
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-cccc' }).rejects(denied('elasticfilesystem:DescribeFileSystemPolicy'));
    mocks.of('fsx').on(DescribeFsxFileSystemsCommand).resolves({
      FileSystems: [{ FileSystemId: 'fs-0fsx', FileSystemType: 'ONTAP', KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k2', ResourceARN: `arn:aws:fsx:${R}:${ACCOUNT}:file-system/fs-0fsx`, Tags: [{ Key: 'backup', Value: 'daily' }] }],
    });
    const result = await collectAws({ regions: [R] });
    const [a, b, c] = ofType(result.resources, 'AWS::EFS::FileSystem');
    expect(a).toMatchObject({ name: 'scans', tags: { Name: 'scans' }, refs: [a!.id, 'fs-aaaa'], props: { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1' } });
    expect(a!.props.policy).toMatchObject({ statements: [{ effect: 'Deny', condition: { Bool: { 'aws:securetransport': ['false'] } } }] });
    expect(b!.props).toEqual({ fileSystemId: 'fs-bbbb', encrypted: false, kmsKeyId: null, policy: null });
    expect(c!.props.policy).toEqual({ $unknown: expect.stringMatching(/AccessDenied/) });
    const [fsx] = ofType(result.resources, 'AWS::FSx::FileSystem');
    expect(fsx).toMatchObject({ id: `arn:aws:fsx:${R}:${ACCOUNT}:file-system/fs-0fsx`, tags: { backup: 'daily' }, props: { fileSystemType: 'ONTAP' } });
  });

  it('marks EFS incomplete when denied and FSx when throttled', async () => {
    mocks.of('elasticfilesystem').on(DescribeFileSystemsCommand).rejects(denied('elasticfilesystem:DescribeFileSystems'));
    mocks.of('fsx').on(DescribeFsxFileSystemsCommand).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::EFS::FileSystem')).toMatchObject({ complete: false });
    expect(result.coverage.find((c) => c.type === 'AWS::FSx::FileSystem')).toMatchObject({ complete: false, reasons: [expect.stringMatching(/[Tt]hrottl/)] });
  });
});
