import {
  type DBCluster,
  type DBClusterParameterGroup,
  type DBInstance,
  type DBParameterGroup,
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBParameterGroupsCommand,
  DescribeDBParametersCommand,
  type Parameter,
} from '@aws-sdk/client-rds';
import { RDS_READ_PARAMETERS } from '../../../model/aws/database-rds.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/**
 * RDS and Aurora instances and clusters with their parameter groups. DescribeDBInstances and
 * DescribeDBClusters return nearly every setting and the tags, so there is no call per
 * database; parameter groups cost one call each, asking only for the parameters a user set
 * (`Source: user`), since a parameter at its engine default is judged by the rule's table.
 */
const permissions = {
  'rds:DescribeDBInstances': 'rds:DescribeDBInstances',
  'rds:DescribeDBClusters': 'rds:DescribeDBClusters',
  'rds:DescribeDBParameterGroups': 'rds:DescribeDBParameterGroups',
  'rds:DescribeDBParameters': 'rds:DescribeDBParameters',
  'rds:DescribeDBClusterParameterGroups': 'rds:DescribeDBClusterParameterGroups',
  'rds:DescribeDBClusterParameters': 'rds:DescribeDBClusterParameters',
};

export const rdsCollector: ServiceCollector = {
  service: 'rds',
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::DBParameterGroup', 'AWS::RDS::DBClusterParameterGroup'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

/** Neptune and DocumentDB answer the RDS API too; they are other services. */
const OTHER_SERVICES = new Set(['neptune', 'docdb']);
const isRds = (engine: string | undefined): boolean => !OTHER_SERVICES.has(engine ?? '');

const marker = (o: { Marker?: string }): string | undefined => o.Marker;
const tags = (list: { Key?: string; Value?: string }[] | undefined) => tagRecord(list, (t) => t.Key, (t) => t.Value);
const orNone = <T>(v: T | undefined, what: string, op: string): Known<T> => v ?? unknown(`rds:${op} returned no ${what}`);

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [instances, clusters, groups, clusterGroups] = await Promise.all([
    ctx.list('rds', region, (Marker) => new DescribeDBInstancesCommand({ MaxRecords: 100, Marker }), (o) => o.DBInstances, marker),
    ctx.list('rds', region, (Marker) => new DescribeDBClustersCommand({ MaxRecords: 100, Marker }), (o) => o.DBClusters, marker),
    ctx.list('rds', region, (Marker) => new DescribeDBParameterGroupsCommand({ MaxRecords: 100, Marker }), (o) => o.DBParameterGroups, marker),
    ctx.list(
      'rds',
      region,
      (Marker) => new DescribeDBClusterParameterGroupsCommand({ MaxRecords: 100, Marker }),
      (o) => o.DBClusterParameterGroups,
      marker,
    ),
  ]);
  ctx.listed('AWS::RDS::DBInstance', 'rds', region, instances.failure);
  ctx.listed('AWS::RDS::DBCluster', 'rds', region, clusters.failure);
  ctx.listed('AWS::RDS::DBParameterGroup', 'rds', region, groups.failure);
  ctx.listed('AWS::RDS::DBClusterParameterGroup', 'rds', region, clusterGroups.failure);
  for (const db of instances.items) if (isRds(db.Engine)) addInstance(ctx, region, db, instances.calls);
  for (const c of clusters.items) if (isRds(c.Engine)) addCluster(ctx, region, c, clusters.calls);
  await Promise.all([
    ctx.forEach(groups.items, (g) => addParameterGroup(ctx, region, g, groups.calls)),
    ctx.forEach(clusterGroups.items, (g) => addClusterParameterGroup(ctx, region, g, clusterGroups.calls)),
  ]);
}

function addInstance(ctx: AwsContext, region: string, db: DBInstance, calls: string[]): void {
  const id = db.DBInstanceIdentifier;
  if (!id) return;
  const arn = db.DBInstanceArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:db:${id}`;
  const op = 'DescribeDBInstances';
  ctx.add({
    provider: 'aws',
    type: 'AWS::RDS::DBInstance',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags: tags(db.TagList),
    props: {
      dbInstanceIdentifier: id,
      engine: orNone(db.Engine, 'Engine', op),
      engineVersion: db.EngineVersion ?? null,
      dbClusterIdentifier: db.DBClusterIdentifier ?? null,
      publiclyAccessible: orNone(db.PubliclyAccessible, 'PubliclyAccessible', op),
      storageEncrypted: orNone(db.StorageEncrypted, 'StorageEncrypted', op),
      kmsKeyId: db.KmsKeyId ?? null,
      multiAz: orNone(db.MultiAZ, 'MultiAZ', op),
      backupRetentionPeriod: orNone(db.BackupRetentionPeriod, 'BackupRetentionPeriod', op),
      deletionProtection: db.DeletionProtection ?? false,
      autoMinorVersionUpgrade: orNone(db.AutoMinorVersionUpgrade, 'AutoMinorVersionUpgrade', op),
      // Absent when Enhanced Monitoring was never turned on.
      monitoringInterval: db.MonitoringInterval ?? 0,
      enabledLogExports: db.EnabledCloudwatchLogsExports ?? [],
      iamDatabaseAuthentication: db.IAMDatabaseAuthenticationEnabled ?? false,
      dbParameterGroupName: orNone(db.DBParameterGroups?.[0]?.DBParameterGroupName, 'DBParameterGroups', op),
    },
    origin: { kind: 'live', calls },
    refs: [arn, id, ...(db.DbiResourceId ? [db.DbiResourceId] : [])],
  });
}

function addCluster(ctx: AwsContext, region: string, c: DBCluster, calls: string[]): void {
  const id = c.DBClusterIdentifier;
  if (!id) return;
  const arn = c.DBClusterArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:cluster:${id}`;
  const op = 'DescribeDBClusters';
  ctx.add({
    provider: 'aws',
    type: 'AWS::RDS::DBCluster',
    id: arn,
    name: id,
    account: ctx.account,
    region,
    tags: tags(c.TagList),
    props: {
      dbClusterIdentifier: id,
      engine: orNone(c.Engine, 'Engine', op),
      engineVersion: c.EngineVersion ?? null,
      engineMode: c.EngineMode ?? 'provisioned',
      storageEncrypted: orNone(c.StorageEncrypted, 'StorageEncrypted', op),
      kmsKeyId: c.KmsKeyId ?? null,
      multiAz: orNone(c.MultiAZ, 'MultiAZ', op),
      backupRetentionPeriod: orNone(c.BackupRetentionPeriod, 'BackupRetentionPeriod', op),
      deletionProtection: c.DeletionProtection ?? false,
      enabledLogExports: c.EnabledCloudwatchLogsExports ?? [],
      iamDatabaseAuthentication: c.IAMDatabaseAuthenticationEnabled ?? false,
      dbClusterParameterGroupName: orNone(c.DBClusterParameterGroup, 'DBClusterParameterGroup', op),
    },
    origin: { kind: 'live', calls },
    refs: [arn, id, ...(c.DbClusterResourceId ? [c.DbClusterResourceId] : [])],
  });
}

/** The parameters rules read, as the group's user-set values; a denied read makes them unknown. */
function readParameters(items: Parameter[], failure: { reason: string } | undefined): Known<Record<string, string>> {
  if (failure) return unknown(failure.reason);
  const out: Record<string, string> = {};
  for (const p of items) {
    if (p.ParameterName && RDS_READ_PARAMETERS.includes(p.ParameterName) && p.ParameterValue !== undefined) {
      out[p.ParameterName] = p.ParameterValue;
    }
  }
  return out;
}

// Parameter groups carry tags only through ListTagsForResource, a call per group that no
// rule needs: their tags are left unknown rather than read.
const GROUP_TAGS = unknown('tags of parameter groups are not read');

async function addParameterGroup(ctx: AwsContext, region: string, g: DBParameterGroup, listCalls: string[]): Promise<void> {
  const name = g.DBParameterGroupName;
  if (!name) return;
  const params = await ctx.list(
    'rds',
    region,
    (Marker) => new DescribeDBParametersCommand({ DBParameterGroupName: name, Source: 'user', MaxRecords: 100, Marker }),
    (o) => o.Parameters,
    marker,
  );
  if (params.failure?.code === 'DBParameterGroupNotFound') return;
  const arn = g.DBParameterGroupArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:pg:${name}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::RDS::DBParameterGroup',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: GROUP_TAGS,
    props: {
      groupName: name,
      family: orNone(g.DBParameterGroupFamily, 'DBParameterGroupFamily', 'DescribeDBParameterGroups'),
      parameters: readParameters(params.items, params.failure),
    },
    origin: { kind: 'live', calls: [...listCalls, ...params.calls] },
    refs: [arn, name],
  });
}

async function addClusterParameterGroup(
  ctx: AwsContext,
  region: string,
  g: DBClusterParameterGroup,
  listCalls: string[],
): Promise<void> {
  const name = g.DBClusterParameterGroupName;
  if (!name) return;
  const params = await ctx.list(
    'rds',
    region,
    (Marker) => new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: name, Source: 'user', MaxRecords: 100, Marker }),
    (o) => o.Parameters,
    marker,
  );
  if (params.failure?.code === 'DBParameterGroupNotFound') return;
  const arn = g.DBClusterParameterGroupArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:cluster-pg:${name}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::RDS::DBClusterParameterGroup',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: GROUP_TAGS,
    props: {
      groupName: name,
      family: orNone(g.DBParameterGroupFamily, 'DBParameterGroupFamily', 'DescribeDBClusterParameterGroups'),
      parameters: readParameters(params.items, params.failure),
    },
    origin: { kind: 'live', calls: [...listCalls, ...params.calls] },
    refs: [arn, name],
  });
}
