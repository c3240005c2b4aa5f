import type { AnyResource, ResourceType } from '../../../../model/resource.js';
import { trail } from './cloudtrail.js';
import { kmsKey } from './kms.js';
import { logGroup } from './logs.js';
import { s3Bucket } from './s3.js';
import type { AdapterContext, TemplateResource } from './types.js';

export { attachAlias } from './kms.js';
export { attachBucketPolicy } from './s3.js';
export type { AdapterContext, TemplateResource } from './types.js';
export { JoinIndex } from './types.js';

export type Adapter = (res: TemplateResource, ctx: AdapterContext) => AnyResource;

/** The CloudFormation types that become model resources, each with its adapter. */
export const ADAPTERS: ReadonlyMap<ResourceType, Adapter> = new Map<ResourceType, Adapter>([
  ['AWS::S3::Bucket', s3Bucket],
  ['AWS::KMS::Key', kmsKey],
  ['AWS::CloudTrail::Trail', trail],
  ['AWS::Logs::LogGroup', logGroup],
]);

/** Types that are not resources of the model but are joined into one. */
export const JOINED_TYPES = ['AWS::S3::BucketPolicy', 'AWS::KMS::Alias'] as const;

/**
 * What to do with each type: adapt it, join it, or (absent) skip it. One map lookup per
 * resource: type strings come out of the parser as slices of the text, and a plain object
 * or several lookups would make each of them pay for interning.
 */
export const HANDLING: ReadonlyMap<string, Adapter | 'join'> = new Map<string, Adapter | 'join'>([
  ...ADAPTERS,
  ...JOINED_TYPES.map((t) => [t, 'join'] as const),
]);
