import type { AnyResource } from '../../../model/resource.js';
import { CLOUDTRAIL_TYPES, buildTrail } from './adapters/cloudtrail.js';
import { KMS_TYPES, buildKeys } from './adapters/kms.js';
import { LOGS_TYPES, buildLogGroup } from './adapters/logs.js';
import { S3_PARTS, S3_TYPES, buildAccountPublicAccessBlock, buildBuckets } from './adapters/s3.js';
import type { Declared } from './types.js';

/** Terraform types the adapters read; everything else in a configuration is left alone. */
export const MAPPED_TYPES: ReadonlySet<string> = new Set([...S3_TYPES, ...KMS_TYPES, ...CLOUDTRAIL_TYPES, ...LOGS_TYPES]);

/** Maps declared Terraform resources onto the model, joining the ones that configure another. */
export function buildResources(declared: Declared[]): AnyResource[] {
  const byType = new Map<string, Declared[]>();
  for (const d of declared) {
    let list = byType.get(d.tfType);
    if (!list) byType.set(d.tfType, (list = []));
    list.push(d);
  }
  const of = (t: string) => byType.get(t) ?? [];
  const parts = Object.keys(S3_PARTS).flatMap(of);
  return [
    ...buildBuckets(of('aws_s3_bucket'), parts),
    ...of('aws_s3_account_public_access_block').map(buildAccountPublicAccessBlock),
    ...buildKeys(of('aws_kms_key'), of('aws_kms_alias'), of('aws_kms_key_policy')),
    ...of('aws_cloudtrail').map(buildTrail),
    ...of('aws_cloudwatch_log_group').map(buildLogGroup),
  ];
}
