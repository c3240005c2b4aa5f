import type { Resource } from '../model/resource.js';
import { isUnknown, type Known } from '../model/unknown.js';
import type { RuleContext } from '../rules/types.js';
import { ev, fail, pass, unknownResult } from '../rules/result.js';
import type { RuleResult } from '../rules/types.js';

export type RdsDatabase = Resource<'AWS::RDS::DBInstance' | 'AWS::RDS::DBCluster'>;

/**
 * Whether a setting of this resource is its own: an instance in a cluster (Aurora, Multi-AZ DB
 * cluster) takes storage, backups, deletion protection, log exports, IAM auth and TLS
 * parameters from the cluster, which the same rule judges, so the member is not judged.
 * Returns a result when that cannot be told.
 */
export function ownsClusterSettings(db: RdsDatabase): boolean | RuleResult {
  if (db.type === 'AWS::RDS::DBCluster') return true;
  const cluster = (db as Resource<'AWS::RDS::DBInstance'>).props.dbClusterIdentifier;
  if (isUnknown(cluster)) return unknownResult('dbClusterIdentifier', cluster);
  return cluster === null;
}

/** A boolean setting that must be on, judged the same way for instances and clusters. */
export function judgeFlag(path: string, value: Known<boolean>, on: string, off: string): RuleResult {
  if (isUnknown(value)) return unknownResult(path, value);
  return value ? pass(on, ev(path, value)) : fail(off, ev(path, value));
}

export function kind(db: RdsDatabase): string {
  return db.type === 'AWS::RDS::DBCluster' ? 'DB cluster' : 'DB instance';
}

/** The instances of the inventory that name this cluster (by identifier, ARN or IaC reference). */
export function clusterMembers(cluster: Resource<'AWS::RDS::DBCluster'>, ctx: Pick<RuleContext, 'list' | 'lookup'>): Resource<'AWS::RDS::DBInstance'>[] {
  return ctx
    .list('AWS::RDS::DBInstance', cluster)
    .resources.filter((i) => {
      const ref = i.props.dbClusterIdentifier;
      return typeof ref === 'string' && ctx.lookup('AWS::RDS::DBCluster', ref, i)?.id === cluster.id;
    });
}

/** The parameter that makes each engine refuse connections without TLS, and its engine default. */
export interface TlsSwitch {
  parameter: 'rds.force_ssl' | 'require_secure_transport';
  /** Whether the engine default requires TLS, or unknown when it depends on a version the source does not state. */
  defaultOn: Known<boolean>;
}

const major = (v: string): number => Number.parseInt(/^\D*(\d+)/.exec(v)?.[1] ?? 'NaN', 10);

/**
 * RDS for PostgreSQL 15 and later sets `rds.force_ssl` to 1 by default; earlier versions,
 * Aurora PostgreSQL and SQL Server default to 0. MySQL, MariaDB and Aurora MySQL leave
 * `require_secure_transport` off. Oracle and Db2 enforce TLS through option groups and
 * listener settings: null, no parameter answers.
 */
export function tlsSwitch(engine: string, version: Known<string | null> | undefined, family?: Known<string>): TlsSwitch | null {
  if (/^(mysql|mariadb|aurora-mysql|aurora)$/.test(engine)) return { parameter: 'require_secure_transport', defaultOn: false };
  if (engine.startsWith('sqlserver') || engine === 'aurora-postgresql') return { parameter: 'rds.force_ssl', defaultOn: false };
  if (engine === 'postgres') {
    const fromFamily = typeof family === 'string' ? /^postgres(\d+)/.exec(family)?.[1] : undefined;
    const v = fromFamily ? Number(fromFamily) : typeof version === 'string' ? major(version) : Number.NaN;
    if (Number.isNaN(v)) {
      const why = isUnknown(version) ? version : isUnknown(family) ? family : undefined;
      return { parameter: 'rds.force_ssl', defaultOn: why ?? { $unknown: 'the PostgreSQL version is not stated, and rds.force_ssl defaults to on only from version 15' } };
    }
    return { parameter: 'rds.force_ssl', defaultOn: v >= 15 };
  }
  return null;
}

/** `1`, `ON`, `true` in any case: how RDS and templates spell an enabled switch. */
export function isOn(value: string): boolean {
  return /^(1|on|true)$/i.test(value.trim());
}
