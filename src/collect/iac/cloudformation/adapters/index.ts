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
import type { AdapterContext, CfnFamily, CfnJoin, TemplateResource } from './types.js';

export type { AdapterContext, CfnFamily, CfnJoin, TemplateResource } from './types.js';

export type Adapter = (res: TemplateResource, ctx: AdapterContext) => AnyResource;

const CORE_CFN: CfnFamily = {
  types: ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::CloudTrail::Trail', 'AWS::Logs::LogGroup'],
  adapters: [
    ['AWS::S3::Bucket', s3Bucket],
    ['AWS::KMS::Key', kmsKey],
    ['AWS::CloudTrail::Trail', trail],
    ['AWS::Logs::LogGroup', logGroup],
  ],
  joins: [bucketPolicyJoin, aliasJoin],
};

const FAMILIES: readonly CfnFamily[] = [CORE_CFN, IAM_CFN, EC2_CFN, DATABASE_CFN, EDGE_CFN, APP_CFN, OPS_CFN];

/** The model types CloudFormation templates produce. */
export const CFN_MODEL_TYPES: readonly ResourceType[] = [...new Set(FAMILIES.flatMap((f) => f.types))];

/** The joins by the CloudFormation type that configures another resource. */
export const JOINS: ReadonlyMap<string, CfnJoin> = new Map(FAMILIES.flatMap((f) => (f.joins ?? []).map((j) => [j.type, j] as const)));

/**
 * What to do with each CloudFormation type: adapt it, join it, or (absent) skip it. One map
 * lookup per resource: type strings come out of the parser as slices of the text, and a
 * plain object or several lookups would make each of them pay for interning.
 */
export const HANDLING: ReadonlyMap<string, Adapter | 'join'> = new Map<string, Adapter | 'join'>([
  ...FAMILIES.flatMap((f) => f.adapters),
  ...[...JOINS.keys()].map((t) => [t, 'join'] as const),
]);
