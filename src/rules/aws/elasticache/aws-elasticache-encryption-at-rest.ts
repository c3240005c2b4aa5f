import { judgedHere, what } from '../../../analysis/database-cache.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elasticache-encryption-at-rest',
    title: 'ElastiCache encrypts data at rest',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    rationale:
      'Cached records, sessions and queues hold ePHI on node disks during sync and swap, and in backups exported ' +
      'to S3. At-rest encryption is chosen at creation; a cache without it keeps those copies in plain text.',
    remediation: {
      text: 'Create a replication group with at-rest encryption (and a KMS key), migrate data with a backup restore or online migration, and switch clients to it. Memcached node clusters cannot encrypt at rest: use ElastiCache Serverless or Redis/Valkey for ePHI.',
      cli: 'aws elasticache create-replication-group --replication-group-id GROUP --replication-group-description "PHI cache" --engine valkey --cache-node-type cache.r7g.large --at-rest-encryption-enabled --kms-key-id KEY_ARN --transit-encryption-enabled',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  at_rest_encryption_enabled = true\n  kms_key_id                 = aws_kms_key.phi.arn\n}',
      cloudformation: 'AtRestEncryptionEnabled: true\nKmsKeyId: !Ref PhiKey',
    },
  },
  evaluate(cache) {
    const here = judgedHere(cache);
    if (here !== true) return here === false ? null : here;
    const atRest = cache.props.atRestEncryption;
    if (isUnknown(atRest)) return unknownResult('atRestEncryption', atRest);
    const evidence = [ev('atRestEncryption', atRest), ev('engine', cache.props.engine)];
    if (atRest) return pass(`The ${what(cache)} encrypts its data at rest.`, ...evidence);
    const memcached = cache.props.engine === 'memcached' ? ' (Memcached node clusters cannot)' : '';
    return fail(`The ${what(cache)} stores its data unencrypted${memcached}.`, ...evidence);
  },
});
