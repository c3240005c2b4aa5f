import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { block, bool, literalName, num, optStr, str } from './attrs.js';
import { resourceOf } from './common.js';

export const CACHES_TF_TYPES = ['aws_elasticache_replication_group', 'aws_elasticache_cluster', 'aws_dax_cluster', 'aws_dms_replication_instance'];

const named = (v: unknown) => {
  const name = literalName(v);
  return name ? { name, refs: [name] } : {};
};
const idOf = (v: unknown, what: string): Known<string> => str(v, null, what) ?? unknown(`${what} is not set`);
const all = <K extends string>(keys: K[], reason: string) => Object.fromEntries(keys.map((k) => [k, unknown(reason)])) as Record<K, ReturnType<typeof unknown>>;

function replicationGroup(d: Declared): AnyResource {
  const a = d.attrs;
  if (d.unknownReason) {
    const keys = ['replicationGroupId', 'engine', 'atRestEncryption', 'kmsKeyId', 'transitEncryption', 'transitEncryptionMode', 'snapshotRetentionLimit'];
    return resourceOf(d, 'AWS::ElastiCache::ReplicationGroup', all(keys, d.unknownReason) as never, named(a.replication_group_id));
  }
  const atRest = bool(a.at_rest_encryption_enabled, false, 'at_rest_encryption_enabled');
  const transit = bool(a.transit_encryption_enabled, false, 'transit_encryption_enabled');
  const mode = str(a.transit_encryption_mode, 'required', 'transit_encryption_mode');
  return resourceOf(
    d,
    'AWS::ElastiCache::ReplicationGroup',
    {
      replicationGroupId: idOf(a.replication_group_id, 'replication_group_id'),
      engine: str(a.engine, 'redis', 'engine'),
      atRestEncryption: atRest,
      kmsKeyId: atRest === true ? optStr(a.kms_key_id, 'kms_key_id') : isUnknown(atRest) ? atRest : null,
      transitEncryption: transit,
      transitEncryptionMode: isUnknown(transit) ? transit : !transit ? null : isUnknown(mode) ? mode : mode === 'preferred' ? 'preferred' : 'required',
      snapshotRetentionLimit: num(a.snapshot_retention_limit, 0, 'snapshot_retention_limit') as Known<number>,
    },
    named(a.replication_group_id),
  );
}

function cacheCluster(d: Declared): AnyResource {
  const a = d.attrs;
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const group = optStr(a.replication_group_id, 'replication_group_id');
  return resourceOf(
    d,
    'AWS::ElastiCache::CacheCluster',
    {
      cacheClusterId: u ?? idOf(a.cluster_id, 'cluster_id'),
      // A member of a replication group takes its engine and settings from the group.
      engine: u ?? str(a.engine, null, 'engine') ?? (group !== null ? 'redis' : unknown('engine is not set')),
      replicationGroupId: u ?? group,
      atRestEncryption: u ?? false,
      transitEncryption: u ?? bool(a.transit_encryption_enabled, false, 'transit_encryption_enabled'),
      snapshotRetentionLimit: u ?? (num(a.snapshot_retention_limit, 0, 'snapshot_retention_limit') as Known<number>),
    },
    named(a.cluster_id),
  );
}

function daxCluster(d: Declared): AnyResource {
  const a = d.attrs;
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const sse = block(a.server_side_encryption, 'server_side_encryption');
  const endpoint = str(a.cluster_endpoint_encryption_type, 'NONE', 'cluster_endpoint_encryption_type');
  return resourceOf(
    d,
    'AWS::DAX::Cluster',
    {
      clusterName: u ?? idOf(a.cluster_name, 'cluster_name'),
      sseEnabled: u ?? (sse === undefined ? false : isUnknown(sse) ? sse : bool(sse.enabled, false, 'server_side_encryption.enabled')),
      endpointEncryption: u ?? (isUnknown(endpoint) ? endpoint : endpoint === 'TLS' ? 'TLS' : 'NONE'),
    },
    named(a.cluster_name),
  );
}

function dmsInstance(d: Declared): AnyResource {
  const a = d.attrs;
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  return resourceOf(
    d,
    'AWS::DMS::ReplicationInstance',
    {
      replicationInstanceIdentifier: u ?? idOf(a.replication_instance_id, 'replication_instance_id'),
      // The provider sends false unless publicly_accessible is set.
      publiclyAccessible: u ?? bool(a.publicly_accessible, false, 'publicly_accessible'),
      kmsKeyId: u ?? optStr(a.kms_key_arn, 'kms_key_arn'),
    },
    named(a.replication_instance_id),
  );
}

export function buildCaches(of: (tfType: string) => Declared[]): AnyResource[] {
  return [
    ...of('aws_elasticache_replication_group').map(replicationGroup),
    ...of('aws_elasticache_cluster').map(cacheCluster),
    ...of('aws_dax_cluster').map(daxCluster),
    ...of('aws_dms_replication_instance').map(dmsInstance),
  ];
}
