import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elasticache-redis-backup-retention.js';

const group = (snapshotRetentionLimit: number | ReturnType<typeof unknown>) => resource('AWS::ElastiCache::ReplicationGroup', { snapshotRetentionLimit });

ruleTester(rule, {
  pass: [
    { name: '35 days', resource: group(35), message: /35 days/ },
    { name: 'a standalone Redis cluster keeping 15 days', resource: resource('AWS::ElastiCache::CacheCluster', { replicationGroupId: null, snapshotRetentionLimit: 15 }) },
  ],
  fail: [
    { name: 'no backups', resource: group(0), message: /no automatic backups/ },
    { name: 'a week', resource: group(7), message: /7 days, less than the minimum of 15/ },
    { name: 'a template group left at the default', resource: resource('AWS::ElastiCache::ReplicationGroup', { snapshotRetentionLimit: 0 }, { origin: iacOrigin('Sessions') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: group(unknown('parameter Retention has no value')) }],
  not_applicable: [
    { name: 'a node of a replication group', resource: resource('AWS::ElastiCache::CacheCluster', { snapshotRetentionLimit: 0 }) },
    { name: 'memcached', resource: resource('AWS::ElastiCache::CacheCluster', { engine: 'memcached', replicationGroupId: null, snapshotRetentionLimit: 0 }) },
  ],
});
