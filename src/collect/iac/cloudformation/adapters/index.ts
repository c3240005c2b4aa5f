import type { AnyResource, ResourceType } from '../../../../model/resource.js';
import { trail } from './cloudtrail.js';
import { kmsKey } from './kms.js';
import { logGroup } from './logs.js';
import { s3Bucket } from './s3.js';
import type { AdapterContext, TemplateResource } from './types.js';

export { attachAlias } from './kms.js';
export { attachBucketPolicy } from './s3.js';
export type { AdapterContext, TemplateResource } from './types.js';
export { RefIndex } from './types.js';

/** The CloudFormation types that become model resources, each with its adapter. */
export const ADAPTERS: Readonly<Partial<Record<ResourceType, (res: TemplateResource, ctx: AdapterContext) => AnyResource>>> = {
  'AWS::S3::Bucket': s3Bucket,
  'AWS::KMS::Key': kmsKey,
  'AWS::CloudTrail::Trail': trail,
  'AWS::Logs::LogGroup': logGroup,
};

/** Types that are not resources of the model but are joined into one. */
export const JOINED_TYPES: ReadonlySet<string> = new Set(['AWS::S3::BucketPolicy', 'AWS::KMS::Alias']);
