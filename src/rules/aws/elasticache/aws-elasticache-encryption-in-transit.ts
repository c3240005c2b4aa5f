import { judgedHere, what } from '../../../analysis/database-cache.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elasticache-encryption-in-transit',
    title: 'ElastiCache requires TLS from its clients',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    rationale:
      'The Redis, Valkey and Memcached protocols are plain text. Without in-transit encryption, or in the ' +
      '"preferred" mode that still accepts plain-text clients, every cached record and AUTH token crosses the VPC ' +
      'readable by anything that can observe the traffic.',
    remediation: {
      text: 'Turn on in-transit encryption in required mode (migrating through preferred mode so clients can switch to TLS first).',
      cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --transit-encryption-enabled --transit-encryption-mode required --apply-immediately',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  transit_encryption_enabled = true\n  transit_encryption_mode    = "required"\n}',
      cloudformation: 'TransitEncryptionEnabled: true\nTransitEncryptionMode: required',
    },
  },
  evaluate(cache) {
    const here = judgedHere(cache);
    if (here !== true) return here === false ? null : here;
    const transit = cache.props.transitEncryption;
    if (isUnknown(transit)) return unknownResult('transitEncryption', transit);
    if (!transit) return fail(`The ${what(cache)} accepts plain-text connections: in-transit encryption is off.`, ev('transitEncryption', false));
    if (cache.type === 'AWS::ElastiCache::ReplicationGroup') {
      const mode = (cache as Resource<'AWS::ElastiCache::ReplicationGroup'>).props.transitEncryptionMode;
      if (isUnknown(mode)) return unknownResult('transitEncryptionMode', mode);
      if (mode === 'preferred') return fail('The replication group offers TLS but still accepts plain-text clients (mode preferred).', ev('transitEncryptionMode', mode));
    }
    return pass(`The ${what(cache)} requires TLS from its clients.`, ev('transitEncryption', true));
  },
});
