import { DescribeClustersCommand as DescribeDaxClustersCommand, ListTagsCommand as ListDaxTagsCommand } from '@aws-sdk/client-dax';
import { DescribeReplicationInstancesCommand, ListTagsForResourceCommand as ListDmsTagsCommand } from '@aws-sdk/client-database-migration-service';
import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ListTagsForResourceCommand as ListCacheTagsCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';

describe('ElastiCache, DAX and DMS', () => {
  it('reads every page of replication groups and clusters, DAX encryption and DMS exposure, with tags', async () => {
    const cache = mocks.of('elasticache');
    cache
      .on(DescribeReplicationGroupsCommand, { Marker: undefined })
      .resolves({ ReplicationGroups: [{ ReplicationGroupId: 'sessions', ARN: `arn:aws:elasticache:${R}:${ACCOUNT}:replicationgroup:sessions`, AtRestEncryptionEnabled: true, TransitEncryptionEnabled: true, SnapshotRetentionLimit: 7 }], Marker: 'm2' })
      .on(DescribeReplicationGroupsCommand, { Marker: 'm2' })
      .resolves({ ReplicationGroups: [{ ReplicationGroupId: 'queue', ARN: `arn:aws:elasticache:${R}:${ACCOUNT}:replicationgroup:queue`, Engine: 'valkey', TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' }] });
    cache.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [{ CacheClusterId: 'lookup', ARN: `arn:aws:elasticache:${R}:${ACCOUNT}:cluster:lookup`, Engine: 'memcached' }] });
    cache.on(ListCacheTagsCommand).resolves({ TagList: [{ Key: 'data-class', Value: 'phi' }] });
    cache.on(ListCacheTagsCommand, { ResourceName: `arn:aws:elasticache:${R}:${ACCOUNT}:cluster:lookup` }).rejects(denied('elasticache:ListTagsForResource'));
    mocks.of('dax').on(DescribeDaxClustersCommand).resolves({ Clusters: [{ ClusterName: 'c1', ClusterArn: `arn:aws:dax:${R}:${ACCOUNT}:cache/c1`, SSEDescription: { Status: 'DISABLED' } }] });
    mocks.of('dax').on(ListDaxTagsCommand).resolves({ Tags: [] });
    mocks.of('dms').on(DescribeReplicationInstancesCommand).resolves({ ReplicationInstances: [{ ReplicationInstanceIdentifier: 'ri', ReplicationInstanceArn: `arn:aws:dms:${R}:${ACCOUNT}:rep:RI`, PubliclyAccessible: true }] });
    mocks.of('dms').on(ListDmsTagsCommand).rejects(deniedJson('dms:ListTagsForResource'));
    const result = await collectAws({ regions: [R] });
    const groups = ofType(result.resources, 'AWS::ElastiCache::ReplicationGroup');
    expect(groups.find((g) => g.name === 'sessions')).toMatchObject({
      tags: { 'data-class': 'phi' },
      props: { engine: 'redis', atRestEncryption: true, kmsKeyId: null, transitEncryption: true, transitEncryptionMode: 'required', snapshotRetentionLimit: 7 },
    });
    expect(groups.find((g) => g.name === 'queue')!.props).toMatchObject({ engine: 'valkey', atRestEncryption: false, transitEncryptionMode: 'preferred', snapshotRetentionLimit: 0 });
    const [lookup] = ofType(result.resources, 'AWS::ElastiCache::CacheCluster');
    expect(lookup).toMatchObject({ tags: { $unknown: expect.stringMatching(/AccessDenied/) }, props: { engine: 'memcached', replicationGroupId: null, atRestEncryption: false } });
    expect(ofType(result.resources, 'AWS::DAX::Cluster')[0]!.props).toEqual({ clusterName: 'c1', sseEnabled: false, endpointEncryption: 'NONE' });
    expect(ofType(result.resources, 'AWS::DMS::ReplicationInstance')[0]).toMatchObject({ props: { publiclyAccessible: true, kmsKeyId: null }, tags: { $unknown: expect.stringMatching(/AccessDenied/) } });
  });

  it('marks each type incomplete when its listing fails', async () => {
    mocks.of('elasticache').on(DescribeReplicationGroupsCommand).rejects(throttled());
    mocks.of('dax').on(DescribeDaxClustersCommand).rejects(deniedJson('dax:DescribeClusters'));
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::ElastiCache::ReplicationGroup')).toMatchObject({ complete: false });
    expect(result.coverage.find((c) => c.type === 'AWS::ElastiCache::CacheCluster')).toMatchObject({ complete: true });
    expect(result.coverage.find((c) => c.type === 'AWS::DAX::Cluster')).toMatchObject({ complete: false });
  });
});
