import type { DynamoDbTableProps } from '../../../../model/aws/database-stores.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { markScaled, provisioned } from '../../cloudformation/adapters/database-dynamodb.js';
import type { Declared } from '../types.js';
import { block, blocks, bool, literalName, optStr, str } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';

export const DYNAMODB_TF_TYPES = ['aws_dynamodb_table', 'aws_appautoscaling_target'];

function indexNames(v: unknown): Known<string[]> {
  const list = blocks(v, 'global_secondary_index');
  if (isUnknown(list)) return list;
  const names: string[] = [];
  for (const b of list) {
    const n = str(b.name, null, 'global_secondary_index name');
    if (n === null) return unknown('a global secondary index has no name');
    if (isUnknown(n)) return n;
    names.push(n);
  }
  return names;
}

function sse(v: unknown): DynamoDbTableProps['sse'] {
  const b = block(v, 'server_side_encryption');
  if (b === undefined) return { type: 'AWS_OWNED', kmsKeyId: null };
  if (isUnknown(b)) return b;
  const enabled = bool(b.enabled, false, 'server_side_encryption.enabled');
  if (isUnknown(enabled)) return enabled;
  // enabled without kms_key_arn is the AWS managed key aws/dynamodb.
  return enabled ? { type: 'KMS', kmsKeyId: optStr(b.kms_key_arn, 'kms_key_arn') } : { type: 'AWS_OWNED', kmsKeyId: null };
}

function tableProps(d: Declared): DynamoDbTableProps {
  const a = d.attrs;
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    return { tableName: u, billingMode: u, sse: u, pointInTimeRecovery: u, capacity: u };
  }
  const billing = str(a.billing_mode, 'PROVISIONED', 'billing_mode');
  const billingMode: DynamoDbTableProps['billingMode'] =
    isUnknown(billing) || billing === 'PROVISIONED' || billing === 'PAY_PER_REQUEST' ? billing : unknown(`billing_mode ${billing} is not one DynamoDB knows`);
  const pitr = block(a.point_in_time_recovery, 'point_in_time_recovery');
  return {
    tableName: str(a.name, null, 'name') ?? unknown('name is not set'),
    billingMode,
    sse: sse(a.server_side_encryption),
    pointInTimeRecovery: pitr === undefined ? false : isUnknown(pitr) ? pitr : bool(pitr.enabled, false, 'point_in_time_recovery.enabled'),
    capacity: isUnknown(billingMode) ? billingMode : billingMode === 'PROVISIONED' ? provisioned(indexNames(a.global_secondary_index)) : [],
  };
}

/**
 * Tables, with `aws_appautoscaling_target`s of the dynamodb namespace marking the dimensions
 * they scale. The target names its table in `resource_id = "table/${aws_dynamodb_table.x.name}"`.
 */
export function buildTables(tables: Declared[], targets: Declared[]): Resource<'AWS::DynamoDB::Table'>[] {
  const index = new RefIndex<number>();
  const built = tables.map((d, i) => {
    const name = literalName(d.attrs.name);
    for (const n of [tokenOf(d), ...(name ? [name] : []), ...(d.extraRefs ?? [])]) index.add([`table/${n}`], i);
    return resourceOf(d, 'AWS::DynamoDB::Table', tableProps(d), { ...(name ? { name, refs: [name] } : {}) });
  });
  for (const t of targets) {
    const ns = t.attrs.service_namespace;
    const id = t.attrs.resource_id;
    const dim = t.attrs.scalable_dimension;
    if (t.unknownReason || ns !== 'dynamodb' || typeof id !== 'string' || typeof dim !== 'string') continue;
    const i = index.get(id.replace(/\/index\/.+$/, ''));
    if (i !== undefined) markScaled(built[i]!, id, dim);
  }
  return built;
}
