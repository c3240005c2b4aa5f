import type { AnyResource, ResourceType } from '../../../model/resource.js';
import { APP_TF } from './adapters/app-family.js';
import { AZURE_TF } from './adapters/azure-family.js';
import { CLOUDTRAIL_TYPES, buildTrail } from './adapters/cloudtrail.js';
import { DATABASE_TF } from './adapters/database-family.js';
import { EC2_TF } from './adapters/ec2-family.js';
import { EDGE_TF } from './adapters/edge-family.js';
import { IAM_TF } from './adapters/iam-family.js';
import { KMS_TYPES, buildKeys } from './adapters/kms.js';
import { LOGS_TYPES, buildLogGroup } from './adapters/logs.js';
import { OPS_TF } from './adapters/ops-family.js';
import { S3_PARTS, S3_TYPES, buildAccountPublicAccessBlock, buildBuckets } from './adapters/s3.js';
import { SSM_TYPES, buildSsmDocument } from './adapters/ssm.js';
import type { Declared, TfFamily } from './types.js';

const CORE_TF: TfFamily = {
  tfTypes: [...S3_TYPES, ...KMS_TYPES, ...CLOUDTRAIL_TYPES, ...LOGS_TYPES, ...SSM_TYPES],
  types: ['AWS::S3::Bucket', 'AWS::S3::AccountPublicAccessBlock', 'AWS::KMS::Key', 'AWS::CloudTrail::Trail', 'AWS::Logs::LogGroup', 'AWS::SSM::Document', 'AWS::SSM::SessionManagerPreferences'],
  build: (of) => [
    ...buildBuckets(of('aws_s3_bucket'), Object.keys(S3_PARTS).flatMap(of)),
    ...of('aws_s3_account_public_access_block').map(buildAccountPublicAccessBlock),
    ...buildKeys(of('aws_kms_key'), of('aws_kms_alias'), of('aws_kms_key_policy')),
    ...of('aws_cloudtrail').map(buildTrail),
    ...of('aws_cloudwatch_log_group').map(buildLogGroup),
    ...of('aws_ssm_document').flatMap(buildSsmDocument),
  ],
};

const FAMILIES: readonly TfFamily[] = [CORE_TF, IAM_TF, EC2_TF, DATABASE_TF, EDGE_TF, APP_TF, OPS_TF, AZURE_TF];

/** Terraform types the adapters read; everything else in a configuration is left alone. */
export const MAPPED_TYPES: ReadonlySet<string> = new Set(FAMILIES.flatMap((f) => f.tfTypes));

/** The model types Terraform configurations and plans produce. */
export const TF_MODEL_TYPES: readonly ResourceType[] = [...new Set(FAMILIES.flatMap((f) => f.types))];

/** Maps declared Terraform resources onto the model, joining the ones that configure another. */
export function buildResources(declared: Declared[]): AnyResource[] {
  const byType = new Map<string, Declared[]>();
  for (const d of declared) {
    let list = byType.get(d.tfType);
    if (!list) byType.set(d.tfType, (list = []));
    list.push(d);
  }
  const of = (t: string): Declared[] => byType.get(t) ?? [];
  return FAMILIES.flatMap((f) => f.build(of));
}
