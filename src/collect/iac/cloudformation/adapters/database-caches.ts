import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asNumber, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

function transitMode(enabled: Known<boolean>, mode: Known<string> | undefined): Known<'required' | 'preferred' | null> {
  if (isUnknown(enabled)) return enabled;
  if (!enabled) return null;
  if (mode === undefined) return 'required';
  if (isUnknown(mode)) return mode;
  return mode === 'preferred' || mode === 'required' ? mode : unknown(`TransitEncryptionMode ${mode} is not one ElastiCache knows`);
}

export function replicationGroup(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ElastiCache::ReplicationGroup'> {
  const p = res.properties;
  const declared = asString(at(p, 'ReplicationGroupId'), 'ReplicationGroupId');
  const id = namedIdentity(res, ctx, declared);
  const atRest = asBoolean(at(p, 'AtRestEncryptionEnabled'), 'AtRestEncryptionEnabled') ?? false;
  const transit = asBoolean(at(p, 'TransitEncryptionEnabled'), 'TransitEncryptionEnabled') ?? false;
  return iacResource(res, ctx, {
    type: 'AWS::ElastiCache::ReplicationGroup',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      replicationGroupId: declared ?? unknown('ReplicationGroupId is not declared: CloudFormation generates it at deploy time'),
      engine: asString(at(p, 'Engine'), 'Engine') ?? 'redis',
      atRestEncryption: atRest,
      kmsKeyId: atRest === true ? (asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null) : isUnknown(atRest) ? atRest : null,
      transitEncryption: transit,
      transitEncryptionMode: transitMode(transit, asString(at(p, 'TransitEncryptionMode'), 'TransitEncryptionMode')),
      snapshotRetentionLimit: asNumber(at(p, 'SnapshotRetentionLimit'), 'SnapshotRetentionLimit') ?? 0,
    },
  });
}

export function cacheCluster(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ElastiCache::CacheCluster'> {
  const p = res.properties;
  const declared = asString(at(p, 'ClusterName'), 'ClusterName');
  const id = namedIdentity(res, ctx, declared);
  return iacResource(res, ctx, {
    type: 'AWS::ElastiCache::CacheCluster',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      cacheClusterId: declared ?? unknown('ClusterName is not declared: CloudFormation generates it at deploy time'),
      engine: asString(at(p, 'Engine'), 'Engine') ?? unknown('Engine is not declared'),
      replicationGroupId: null,
      // A standalone cache cluster cannot encrypt at rest; only replication groups can.
      atRestEncryption: false,
      transitEncryption: asBoolean(at(p, 'TransitEncryptionEnabled'), 'TransitEncryptionEnabled') ?? false,
      snapshotRetentionLimit: asNumber(at(p, 'SnapshotRetentionLimit'), 'SnapshotRetentionLimit') ?? 0,
    },
  });
}

export function daxCluster(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::DAX::Cluster'> {
  const p = res.properties;
  const declared = asString(at(p, 'ClusterName'), 'ClusterName');
  const id = namedIdentity(res, ctx, declared);
  const endpoint = asString(at(p, 'ClusterEndpointEncryptionType'), 'ClusterEndpointEncryptionType') ?? 'NONE';
  return iacResource(res, ctx, {
    type: 'AWS::DAX::Cluster',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      clusterName: declared ?? unknown('ClusterName is not declared: CloudFormation generates it at deploy time'),
      sseEnabled: asBoolean(at(p, 'SSESpecification', 'SSEEnabled'), 'SSEEnabled') ?? false,
      endpointEncryption: isUnknown(endpoint) ? endpoint : endpoint === 'TLS' ? 'TLS' : 'NONE',
    },
  });
}

export function dmsReplicationInstance(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::DMS::ReplicationInstance'> {
  const p = res.properties;
  const declared = asString(at(p, 'ReplicationInstanceIdentifier'), 'ReplicationInstanceIdentifier');
  const id = namedIdentity(res, ctx, declared);
  return iacResource(res, ctx, {
    type: 'AWS::DMS::ReplicationInstance',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      replicationInstanceIdentifier: declared ?? unknown('ReplicationInstanceIdentifier is not declared: CloudFormation generates it at deploy time'),
      // DMS makes an instance public unless told otherwise.
      publiclyAccessible: asBoolean(at(p, 'PubliclyAccessible'), 'PubliclyAccessible') ?? true,
      kmsKeyId: asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null,
    },
  });
}
