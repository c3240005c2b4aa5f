import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { bool, optStr, policy } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';

const FSX_TYPES: Record<string, string> = {
  aws_fsx_windows_file_system: 'WINDOWS',
  aws_fsx_lustre_file_system: 'LUSTRE',
  aws_fsx_ontap_file_system: 'ONTAP',
  aws_fsx_openzfs_file_system: 'OPENZFS',
};

export const FILES_TF_TYPES = ['aws_efs_file_system', 'aws_efs_file_system_policy', ...Object.keys(FSX_TYPES)];

/** EFS file systems with their `aws_efs_file_system_policy`, joined by `file_system_id`; FSx file systems. */
export function buildFileSystems(of: (tfType: string) => Declared[]): AnyResource[] {
  const index = new RefIndex<number>();
  const efs = of('aws_efs_file_system').map((d, i) => {
    index.add([tokenOf(d), ...(d.extraRefs ?? [])], i);
    const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
    const encrypted = u ?? bool(d.attrs.encrypted, false, 'encrypted');
    return resourceOf(d, 'AWS::EFS::FileSystem', {
      fileSystemId: u ?? unknown('the file system id is assigned at apply'),
      encrypted,
      kmsKeyId: u ?? (isUnknown(encrypted) || encrypted ? optStr(d.attrs.kms_key_id, 'kms_key_id') : null),
      policy: u ?? null,
    });
  });
  for (const p of of('aws_efs_file_system_policy')) {
    const i = index.get(p.attrs.file_system_id);
    if (i !== undefined) efs[i]!.props.policy = p.unknownReason ? unknown(p.unknownReason) : policy(p.attrs.policy);
  }
  const fsx = Object.entries(FSX_TYPES).flatMap(([tfType, fileSystemType]) =>
    of(tfType).map((d) =>
      resourceOf(d, 'AWS::FSx::FileSystem', {
        fileSystemId: unknown('the file system id is assigned at apply'),
        fileSystemType,
        kmsKeyId: d.unknownReason ? unknown(d.unknownReason) : optStr(d.attrs.kms_key_id, 'kms_key_id'),
      }),
    ),
  );
  return [...efs, ...fsx];
}
