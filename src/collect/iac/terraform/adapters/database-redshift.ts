import type { RedshiftClusterProps } from '../../../../model/aws/database-stores.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, blocks, bool, literalName, num, optStr, str } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';
import { stringList } from './database-rds.js';

export const REDSHIFT_TF_TYPES = ['aws_redshift_cluster', 'aws_redshift_logging', 'aws_redshift_parameter_group'];

/** `logging { enable … }` on the cluster (provider v4) or an `aws_redshift_logging` (v5). */
function loggingOf(a: Attrs, split: boolean): RedshiftClusterProps['logging'] {
  if (!split && !bool(a.enable, false, 'logging.enable')) return null;
  const enabled = split ? true : bool(a.enable, false, 'logging.enable');
  if (isUnknown(enabled)) return enabled;
  const dest = str(a.log_destination_type, 's3', 'log_destination_type');
  if (isUnknown(dest)) return dest;
  const bucket = optStr(a.bucket_name, 'bucket_name');
  if (isUnknown(bucket)) return bucket;
  const exports = stringList(a.log_exports, 'log_exports');
  if (isUnknown(exports)) return exports;
  return { destination: dest === 'cloudwatch' ? 'cloudwatch' : 's3', bucketName: bucket, logExports: exports };
}

function clusterProps(d: Declared): RedshiftClusterProps {
  const a = d.attrs;
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    return { clusterIdentifier: u, encrypted: u, kmsKeyId: u, publiclyAccessible: u, enhancedVpcRouting: u, automatedSnapshotRetentionPeriod: u, allowVersionUpgrade: u, preferredMaintenanceWindow: u, logging: u, clusterParameterGroupName: u };
  }
  const encrypted = bool(a.encrypted, false, 'encrypted');
  const inline = block(a.logging, 'logging');
  return {
    clusterIdentifier: str(a.cluster_identifier, null, 'cluster_identifier') ?? unknown('cluster_identifier is not set'),
    encrypted,
    kmsKeyId: encrypted === true ? optStr(a.kms_key_id, 'kms_key_id') : isUnknown(encrypted) ? encrypted : null,
    // Provider v5 sends publicly_accessible = true unless told otherwise.
    publiclyAccessible: bool(a.publicly_accessible, true, 'publicly_accessible'),
    enhancedVpcRouting: bool(a.enhanced_vpc_routing, false, 'enhanced_vpc_routing'),
    automatedSnapshotRetentionPeriod: num(a.automated_snapshot_retention_period, 1, 'automated_snapshot_retention_period') as Known<number>,
    allowVersionUpgrade: bool(a.allow_version_upgrade, true, 'allow_version_upgrade'),
    preferredMaintenanceWindow: optStr(a.preferred_maintenance_window, 'preferred_maintenance_window'),
    logging: inline === undefined ? null : isUnknown(inline) ? inline : loggingOf(inline, false),
    clusterParameterGroupName: optStr(a.cluster_parameter_group_name, 'cluster_parameter_group_name'),
  };
}

function groupParameters(v: unknown): Known<Record<string, string>> {
  const list = blocks(v, 'parameter');
  if (isUnknown(list)) return list;
  const out: Record<string, string> = {};
  for (const b of list) {
    const name = str(b.name, null, 'parameter name');
    if (isUnknown(name)) return unknown(`a parameter name is unknown: ${name.$unknown}`);
    if (name !== 'require_ssl') continue;
    const value = str(b.value, '', 'parameter require_ssl');
    if (isUnknown(value)) return value;
    out[name] = value;
  }
  return out;
}

export function buildRedshift(of: (tfType: string) => Declared[]): AnyResource[] {
  const index = new RefIndex<number>();
  const clusters = of('aws_redshift_cluster').map((d, i) => {
    const name = literalName(d.attrs.cluster_identifier);
    index.add([tokenOf(d), ...(name ? [name] : []), ...(d.extraRefs ?? [])], i);
    return resourceOf(d, 'AWS::Redshift::Cluster', clusterProps(d), name ? { name, refs: [name] } : {});
  });
  for (const l of of('aws_redshift_logging')) {
    const i = index.get(l.attrs.cluster_identifier);
    if (i !== undefined) clusters[i]!.props.logging = l.unknownReason ? unknown(l.unknownReason) : loggingOf(l.attrs, true);
  }
  const groups = of('aws_redshift_parameter_group').map((d) => {
    const name = literalName(d.attrs.name);
    const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
    return resourceOf(
      d,
      'AWS::Redshift::ClusterParameterGroup',
      { groupName: u ?? str(d.attrs.name, null, 'name') ?? unknown('name is not set'), parameters: u ?? groupParameters(d.attrs.parameter) },
      name ? { name, refs: [name] } : {},
    );
  });
  return [...clusters, ...groups];
}
