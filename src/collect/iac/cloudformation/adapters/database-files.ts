import { normalizePolicy } from '../../../../model/aws/policy.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { asBoolean, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, type TemplateResource } from './types.js';

export function efsFileSystem(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EFS::FileSystem'> {
  const p = res.properties;
  const kmsKeyId = asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null;
  // Unencrypted unless Encrypted says so; a KmsKeyId is refused without it.
  const encrypted = asBoolean(at(p, 'Encrypted'), 'Encrypted') ?? false;
  return iacResource(res, ctx, {
    type: 'AWS::EFS::FileSystem',
    name: res.logicalId,
    tags: tagsOf(at(p, 'FileSystemTags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      fileSystemId: unknown('the file system id is assigned at deploy time'),
      encrypted,
      kmsKeyId: isUnknown(encrypted) || encrypted ? kmsKeyId : null,
      policy: normalizePolicy(at(p, 'FileSystemPolicy')),
    },
  });
}

export function fsxFileSystem(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::FSx::FileSystem'> {
  const p = res.properties;
  return iacResource(res, ctx, {
    type: 'AWS::FSx::FileSystem',
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      fileSystemId: unknown('the file system id is assigned at deploy time'),
      fileSystemType: asString(at(p, 'FileSystemType'), 'FileSystemType') ?? unknown('FileSystemType is not declared'),
      // FSx always encrypts at rest; without a key it uses the AWS managed aws/fsx key.
      kmsKeyId: asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null,
    },
  });
}
