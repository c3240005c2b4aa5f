import { RDS_READ_PARAMETERS } from '../../../../model/aws/database-rds.js';
import type { PropsByType, Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asNumber, asString, at, isRecord, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/** A list of strings, unknown if any entry is. */
export function stringList(v: unknown, what: string): Known<string[]> | undefined {
  const list = asList(v, what);
  if (list === undefined || isUnknown(list)) return list;
  const out: string[] = [];
  for (const x of list) {
    const s = asString(x, what);
    if (s === undefined) continue;
    if (isUnknown(s)) return s;
    out.push(s);
  }
  return out;
}

/**
 * Storage encryption when the template does not say: a copy of a snapshot or a read replica
 * inherits its source's, which the template does not show; otherwise RDS leaves it off.
 */
function inheritedEncryption(p: unknown, sources: string[]): Known<boolean> {
  const from = sources.find((s) => at(p, s) !== undefined);
  return from ? unknown(`storage encryption is inherited from the source named by ${from}`) : false;
}

export function rdsInstance(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::RDS::DBInstance'> {
  const p = res.properties;
  const declared = asString(at(p, 'DBInstanceIdentifier'), 'DBInstanceIdentifier');
  const id = namedIdentity(res, ctx, declared);
  const kmsKeyId = asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null;
  const cluster = asString(at(p, 'DBClusterIdentifier'), 'DBClusterIdentifier') ?? null;
  // A key implies encryption; so does membership of a cluster, whose setting is judged there.
  const encrypted =
    asBoolean(at(p, 'StorageEncrypted'), 'StorageEncrypted') ??
    (kmsKeyId !== null ? true : inheritedEncryption(p, ['SourceDBInstanceIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'DBSnapshotIdentifier', 'SourceDBClusterIdentifier']));
  return iacResource(res, ctx, {
    type: 'AWS::RDS::DBInstance',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      dbInstanceIdentifier: declared ?? unknown('DBInstanceIdentifier is not declared: CloudFormation generates it at deploy time'),
      engine: asString(at(p, 'Engine'), 'Engine') ?? unknown('Engine is not declared (a restore or replica takes its source\'s engine)'),
      engineVersion: asString(at(p, 'EngineVersion'), 'EngineVersion') ?? null,
      dbClusterIdentifier: cluster,
      // Without the property RDS decides by the subnet group: public in the default VPC or
      // when the subnets have an internet gateway route, which the template does not show.
      publiclyAccessible:
        asBoolean(at(p, 'PubliclyAccessible'), 'PubliclyAccessible') ??
        unknown('PubliclyAccessible is not declared: RDS decides it from the subnet group, public when its subnets are'),
      storageEncrypted: encrypted,
      kmsKeyId,
      multiAz: asBoolean(at(p, 'MultiAZ'), 'MultiAZ') ?? false,
      backupRetentionPeriod: asNumber(at(p, 'BackupRetentionPeriod'), 'BackupRetentionPeriod') ?? 1,
      deletionProtection: asBoolean(at(p, 'DeletionProtection'), 'DeletionProtection') ?? false,
      autoMinorVersionUpgrade: asBoolean(at(p, 'AutoMinorVersionUpgrade'), 'AutoMinorVersionUpgrade') ?? true,
      monitoringInterval: asNumber(at(p, 'MonitoringInterval'), 'MonitoringInterval') ?? 0,
      enabledLogExports: stringList(at(p, 'EnableCloudwatchLogsExports'), 'EnableCloudwatchLogsExports') ?? [],
      iamDatabaseAuthentication: asBoolean(at(p, 'EnableIAMDatabaseAuthentication'), 'EnableIAMDatabaseAuthentication') ?? false,
      dbParameterGroupName: asString(at(p, 'DBParameterGroupName'), 'DBParameterGroupName') ?? null,
    },
  });
}

export function rdsCluster(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::RDS::DBCluster'> {
  const p = res.properties;
  const declared = asString(at(p, 'DBClusterIdentifier'), 'DBClusterIdentifier');
  const id = namedIdentity(res, ctx, declared);
  const engine = asString(at(p, 'Engine'), 'Engine') ?? unknown('Engine is not declared');
  const engineMode = asString(at(p, 'EngineMode'), 'EngineMode') ?? 'provisioned';
  const kmsKeyId = asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null;
  // Aurora Serverless v1 storage is always encrypted; a restore or clone inherits.
  const encrypted =
    asBoolean(at(p, 'StorageEncrypted'), 'StorageEncrypted') ??
    (engineMode === 'serverless' || kmsKeyId !== null
      ? true
      : inheritedEncryption(p, ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier']));
  return iacResource(res, ctx, {
    type: 'AWS::RDS::DBCluster',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      dbClusterIdentifier: declared ?? unknown('DBClusterIdentifier is not declared: CloudFormation generates it at deploy time'),
      engine,
      engineVersion: asString(at(p, 'EngineVersion'), 'EngineVersion') ?? null,
      engineMode,
      storageEncrypted: encrypted,
      kmsKeyId,
      multiAz: clusterMultiAz(engine),
      backupRetentionPeriod: asNumber(at(p, 'BackupRetentionPeriod'), 'BackupRetentionPeriod') ?? 1,
      deletionProtection: asBoolean(at(p, 'DeletionProtection'), 'DeletionProtection') ?? false,
      enabledLogExports: stringList(at(p, 'EnableCloudwatchLogsExports'), 'EnableCloudwatchLogsExports') ?? [],
      iamDatabaseAuthentication: asBoolean(at(p, 'EnableIAMDatabaseAuthentication'), 'EnableIAMDatabaseAuthentication') ?? false,
      dbClusterParameterGroupName: asString(at(p, 'DBClusterParameterGroupName'), 'DBClusterParameterGroupName') ?? null,
    },
  });
}

/**
 * A Multi-AZ DB cluster (engine `mysql` or `postgres`) always spans three zones; an Aurora
 * cluster is Multi-AZ when it has instances in more than one, which the rule counts.
 */
export function clusterMultiAz(engine: Known<string | null>): Known<boolean | null> {
  if (isUnknown(engine)) return engine;
  return engine === 'mysql' || engine === 'postgres' ? true : null;
}

/** `Parameters` of a parameter group, keeping those rules read, values as text. */
export function readParameters(v: unknown): Known<Record<string, string>> {
  if (v === undefined || v === null) return {};
  if (isUnknown(v)) return v;
  if (!isRecord(v)) return unknown('Parameters should be a mapping');
  const out: Record<string, string> = {};
  for (const name of RDS_READ_PARAMETERS) {
    const value = asString(v[name], name);
    if (value === undefined) continue;
    if (isUnknown(value)) return unknown(`parameter ${name}: ${value.$unknown}`);
    out[name] = value;
  }
  return out;
}

function parameterGroup<T extends 'AWS::RDS::DBParameterGroup' | 'AWS::RDS::DBClusterParameterGroup'>(
  type: T,
  nameProperty: string,
) {
  return (res: TemplateResource, ctx: AdapterContext): Resource<T> => {
    const p = res.properties;
    const declared = asString(at(p, nameProperty), nameProperty);
    const id = namedIdentity(res, ctx, declared);
    return iacResource(res, ctx, {
      type,
      name: id.name,
      tags: tagsOf(at(p, 'Tags')),
      refs: id.refs,
      props: {
        groupName: declared ?? unknown(`${nameProperty} is not declared: CloudFormation generates it at deploy time`),
        family: asString(at(p, 'Family'), 'Family') ?? unknown('Family is not declared'),
        parameters: readParameters(at(p, 'Parameters')),
      } as PropsByType[T],
    });
  };
}

export const rdsParameterGroup = parameterGroup('AWS::RDS::DBParameterGroup', 'DBParameterGroupName');
export const rdsClusterParameterGroup = parameterGroup('AWS::RDS::DBClusterParameterGroup', 'DBClusterParameterGroupName');
