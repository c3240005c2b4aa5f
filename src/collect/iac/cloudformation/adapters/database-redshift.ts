import type { RedshiftClusterProps } from '../../../../model/aws/database-stores.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asNumber, asString, at, tagsOf } from '../values.js';
import { stringList } from './database-rds.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

function logging(p: unknown): RedshiftClusterProps['logging'] {
  const lp = at(p, 'LoggingProperties');
  if (lp === undefined) return null;
  if (isUnknown(lp)) return lp;
  const type = asString(at(lp, 'LogDestinationType'), 'LogDestinationType') ?? 's3';
  if (isUnknown(type)) return type;
  const bucket = asString(at(lp, 'BucketName'), 'BucketName') ?? null;
  if (isUnknown(bucket)) return bucket;
  const exports = stringList(at(lp, 'LogExports'), 'LogExports') ?? [];
  if (isUnknown(exports)) return exports;
  return { destination: type === 'cloudwatch' ? 'cloudwatch' : 's3', bucketName: bucket, logExports: exports };
}

export function redshiftCluster(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Redshift::Cluster'> {
  const p = res.properties;
  const declared = asString(at(p, 'ClusterIdentifier'), 'ClusterIdentifier');
  const id = namedIdentity(res, ctx, declared);
  const encrypted = asBoolean(at(p, 'Encrypted'), 'Encrypted') ?? false;
  const props: RedshiftClusterProps = {
    clusterIdentifier: declared ?? unknown('ClusterIdentifier is not declared: CloudFormation generates it at deploy time'),
    encrypted,
    kmsKeyId: encrypted === true ? (asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null) : isUnknown(encrypted) ? encrypted : null,
    // Since January 2025 Redshift creates clusters private unless asked otherwise.
    publiclyAccessible: asBoolean(at(p, 'PubliclyAccessible'), 'PubliclyAccessible') ?? false,
    enhancedVpcRouting: asBoolean(at(p, 'EnhancedVpcRouting'), 'EnhancedVpcRouting') ?? false,
    automatedSnapshotRetentionPeriod: asNumber(at(p, 'AutomatedSnapshotRetentionPeriod'), 'AutomatedSnapshotRetentionPeriod') ?? 1,
    allowVersionUpgrade: asBoolean(at(p, 'AllowVersionUpgrade'), 'AllowVersionUpgrade') ?? true,
    preferredMaintenanceWindow: asString(at(p, 'PreferredMaintenanceWindow'), 'PreferredMaintenanceWindow') ?? null,
    logging: logging(p),
    clusterParameterGroupName: asString(at(p, 'ClusterParameterGroupName'), 'ClusterParameterGroupName') ?? null,
  };
  return iacResource(res, ctx, { type: 'AWS::Redshift::Cluster', name: id.name, tags: tagsOf(at(p, 'Tags')), refs: id.refs, props });
}

/** `Parameters: [{ParameterName, ParameterValue}]`, keeping require_ssl. */
function parameters(v: unknown): Known<Record<string, string>> {
  const list = asList(v, 'Parameters');
  if (list === undefined) return {};
  if (isUnknown(list)) return list;
  const out: Record<string, string> = {};
  for (const item of list) {
    const name = asString(at(item, 'ParameterName'), 'ParameterName');
    if (isUnknown(name)) return unknown(`a parameter name is unknown: ${name.$unknown}`);
    if (name !== 'require_ssl') continue;
    const value = asString(at(item, 'ParameterValue'), 'ParameterValue');
    if (value === undefined) continue;
    if (isUnknown(value)) return unknown(`parameter require_ssl: ${value.$unknown}`);
    out[name] = value;
  }
  return out;
}

export function redshiftParameterGroup(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Redshift::ClusterParameterGroup'> {
  const p = res.properties;
  const declared = asString(at(p, 'ParameterGroupName'), 'ParameterGroupName');
  const id = namedIdentity(res, ctx, declared);
  return iacResource(res, ctx, {
    type: 'AWS::Redshift::ClusterParameterGroup',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      groupName: declared ?? unknown('ParameterGroupName is not declared: CloudFormation generates it at deploy time'),
      parameters: parameters(at(p, 'Parameters')),
    },
  });
}
