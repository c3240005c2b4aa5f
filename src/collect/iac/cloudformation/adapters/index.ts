import type { AnyResource, ResourceType } from '../../../../model/resource.js';
import { APP_CFN } from './app-family.js';
import { trail } from './cloudtrail.js';
import { DATABASE_CFN } from './database-family.js';
import { EC2_CFN } from './ec2-family.js';
import { EDGE_CFN } from './edge-family.js';
import { IAM_CFN } from './iam-family.js';
import { aliasJoin, kmsKey } from './kms.js';
import { logGroup } from './logs.js';
import { OPS_CFN } from './ops-family.js';
import { bucketPolicyJoin, s3Bucket } from './s3.js';
import { ssmDocument } from './ssm.js';
import type { AdapterContext, CfnFamily, CfnJoin, TemplateResource } from './types.js';

export type { AdapterContext, CfnFamily, CfnJoin, TemplateResource } from './types.js';

export type Adapter = (res: TemplateResource, ctx: AdapterContext) => AnyResource;

const CORE_CFN: CfnFamily = {
  // The generic tagged resource comes from every type with Tags (template.ts), not an adapter.
  types: ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::CloudTrail::Trail', 'AWS::Logs::LogGroup', 'AWS::ResourceGroupsTaggingAPI::Resource', 'AWS::SSM::Document', 'AWS::SSM::SessionManagerPreferences'],
  adapters: [
    ['AWS::S3::Bucket', s3Bucket],
    ['AWS::KMS::Key', kmsKey],
    ['AWS::CloudTrail::Trail', trail],
    ['AWS::Logs::LogGroup', logGroup],
    ['AWS::SSM::Document', ssmDocument],
  ],
  joins: [bucketPolicyJoin, aliasJoin],
};

const FAMILIES: readonly CfnFamily[] = [CORE_CFN, IAM_CFN, EC2_CFN, DATABASE_CFN, EDGE_CFN, APP_CFN, OPS_CFN];

/** The model types CloudFormation templates produce. */
export const CFN_MODEL_TYPES: readonly ResourceType[] = [...new Set(FAMILIES.flatMap((f) => f.types))];

/**
 * The joins by the CloudFormation type that configures other resources. A type may have
 * several (an `AWS::IAM::Policy` names users, groups and roles), and may also be adapted
 * into a resource of its own (an `AWS::IAM::ManagedPolicy` names the principals it attaches to).
 */
export const JOINS: ReadonlyMap<string, readonly CfnJoin[]> = (() => {
  const out = new Map<string, CfnJoin[]>();
  for (const j of FAMILIES.flatMap((f) => f.joins ?? [])) out.set(j.type, [...(out.get(j.type) ?? []), j]);
  return out;
})();

const ADAPTED = new Set(FAMILIES.flatMap((f) => f.adapters.map(([t]) => t)));

/**
 * What to do with each CloudFormation type: adapt it, join it, or (absent) skip it. One map
 * lookup per resource: type strings come out of the parser as slices of the text, and a
 * plain object or several lookups would make each of them pay for interning.
 */
export const HANDLING: ReadonlyMap<string, Adapter | 'join'> = new Map<string, Adapter | 'join'>([
  ...FAMILIES.flatMap((f) => f.adapters),
  ...[...JOINS.keys()].filter((t) => !ADAPTED.has(t)).map((t) => [t, 'join'] as const),
]);
