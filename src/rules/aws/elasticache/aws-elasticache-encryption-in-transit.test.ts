import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elasticache-encryption-in-transit.js';

ruleTester(rule, {
  pass: [
    { name: 'required TLS', resource: resource('AWS::ElastiCache::ReplicationGroup', {}), message: /requires TLS/ },
    { name: 'a standalone memcached cluster with TLS', resource: resource('AWS::ElastiCache::CacheCluster', { engine: 'memcached', replicationGroupId: null }) },
  ],
  fail: [
    { name: 'off', resource: resource('AWS::ElastiCache::ReplicationGroup', { transitEncryption: false, transitEncryptionMode: null }), message: /plain-text/ },
    { name: 'preferred mode', resource: resource('AWS::ElastiCache::ReplicationGroup', { transitEncryptionMode: 'preferred' }), message: /preferred/ },
    { name: 'a template default', resource: resource('AWS::ElastiCache::ReplicationGroup', { transitEncryption: false, transitEncryptionMode: null }, { origin: iacOrigin('Sessions') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::ElastiCache::ReplicationGroup', { transitEncryption: unknown('parameter Tls has no value') }) }],
  not_applicable: [{ name: 'a node of a group', resource: resource('AWS::ElastiCache::CacheCluster', { transitEncryption: false }) }],
});
