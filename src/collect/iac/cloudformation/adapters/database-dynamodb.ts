import type { DynamoDbCapacity, DynamoDbTableProps } from '../../../../model/aws/database-stores.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

/** The table, and each global secondary index, by read and write: none scaled until a scalable target joins. */
export function provisioned(indexes: Known<string[]>): Known<DynamoDbCapacity[]> {
  if (isUnknown(indexes)) return indexes;
  return ['table', ...indexes.map((i) => `index/${i}`)].flatMap((resource) =>
    (['read', 'write'] as const).map((dimension) => ({ resource, dimension, autoScaled: false })),
  );
}

function indexNames(v: unknown): Known<string[]> {
  const list = asList(v, 'GlobalSecondaryIndexes');
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  const names: string[] = [];
  for (const i of list) {
    const n = asString(at(i, 'IndexName'), 'IndexName');
    if (n === undefined) return unknown('a global secondary index has no IndexName');
    if (isUnknown(n)) return n;
    names.push(n);
  }
  return names;
}

function sse(p: unknown): DynamoDbTableProps['sse'] {
  const enabled = asBoolean(at(p, 'SSESpecification', 'SSEEnabled'), 'SSEEnabled') ?? false;
  if (isUnknown(enabled)) return enabled;
  // Without SSEEnabled the table uses a key DynamoDB owns; with it, KMS (aws/dynamodb unless a key is named).
  if (!enabled) return { type: 'AWS_OWNED', kmsKeyId: null };
  return { type: 'KMS', kmsKeyId: asString(at(p, 'SSESpecification', 'KMSMasterKeyId'), 'KMSMasterKeyId') ?? null };
}

export function dynamodbTable(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::DynamoDB::Table'> {
  const p = res.properties;
  const declared = asString(at(p, 'TableName'), 'TableName');
  const id = namedIdentity(res, ctx, declared);
  const billing = asString(at(p, 'BillingMode'), 'BillingMode') ?? 'PROVISIONED';
  const billingMode: DynamoDbTableProps['billingMode'] =
    isUnknown(billing) || billing === 'PROVISIONED' || billing === 'PAY_PER_REQUEST' ? billing : unknown(`BillingMode ${billing} is not one DynamoDB knows`);
  const indexes = indexNames(at(p, 'GlobalSecondaryIndexes'));
  // Application Auto Scaling names a table `table/<name>` and an index `table/<name>/index/<index>`.
  const names = id.refs;
  const scalingIds = names.flatMap((n) => [`table/${n}`, ...(isUnknown(indexes) ? [] : indexes.map((i) => `table/${n}/index/${i}`))]);
  return iacResource(res, ctx, {
    type: 'AWS::DynamoDB::Table',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: [...names, ...scalingIds],
    props: {
      tableName: declared ?? unknown('TableName is not declared: CloudFormation generates it at deploy time'),
      billingMode,
      sse: sse(p),
      pointInTimeRecovery:
        asBoolean(at(p, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'), 'PointInTimeRecoveryEnabled') ?? false,
      capacity: isUnknown(billingMode) ? billingMode : billingMode === 'PROVISIONED' ? provisioned(indexes) : [],
    },
  });
}

/** Marks the dimension a scalable target names as scaled; `dynamodb:index:ReadCapacityUnits` and the like. */
export function markScaled(table: Resource<'AWS::DynamoDB::Table'>, resourceId: string, dimension: string): void {
  const cap = table.props.capacity;
  if (isUnknown(cap)) return;
  const index = /\/index\/(.+)$/.exec(resourceId)?.[1];
  const resource = index ? `index/${index}` : 'table';
  const dim = /ReadCapacityUnits$/.test(dimension) ? 'read' : /WriteCapacityUnits$/.test(dimension) ? 'write' : undefined;
  for (const c of cap) if (c.resource === resource && c.dimension === dim) c.autoScaled = true;
}

/**
 * `AWS::ApplicationAutoScaling::ScalableTarget` for a DynamoDB table or index
 * (`ResourceId: !Sub table/${Table}`). A target that may not exist scales nothing.
 */
export const scalableTargetJoin = join({
  type: 'AWS::ApplicationAutoScaling::ScalableTarget',
  target: 'AWS::DynamoDB::Table',
  via: 'ResourceId',
  attach(target, table, _ctx, exists) {
    const ns = asString(at(target.properties, 'ServiceNamespace'), 'ServiceNamespace');
    const resourceId = asString(at(target.properties, 'ResourceId'), 'ResourceId');
    const dimension = asString(at(target.properties, 'ScalableDimension'), 'ScalableDimension');
    if (exists !== true || ns !== 'dynamodb' || typeof resourceId !== 'string' || typeof dimension !== 'string') return;
    markScaled(table, resourceId, dimension);
  },
});
