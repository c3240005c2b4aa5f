import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elasticache-encryption-at-rest.js';

ruleTester(rule, {
  pass: [{ name: 'an encrypted group', resource: resource('AWS::ElastiCache::ReplicationGroup', {}), message: /encrypts/ }],
  fail: [
    { name: 'an unencrypted group', resource: resource('AWS::ElastiCache::ReplicationGroup', { atRestEncryption: false, kmsKeyId: null }), message: /unencrypted/ },
    { name: 'a memcached cluster in a template', resource: resource('AWS::ElastiCache::CacheCluster', { engine: 'memcached', replicationGroupId: null, atRestEncryption: false }, { origin: iacOrigin('Lookup') }), message: /Memcached/ },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::ElastiCache::ReplicationGroup', { atRestEncryption: unknown('parameter Encrypt has no value') }) }],
  not_applicable: [{ name: 'a node of a group', resource: resource('AWS::ElastiCache::CacheCluster', { atRestEncryption: false }) }],
});
