import { z } from 'zod';
import { judgedHere, what } from '../../../analysis/database-cache.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elasticache-redis-backup-retention',
    title: 'ElastiCache Redis or Valkey keeps automatic backups for the required period',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)'],
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['elasticache-redis-backup-retention'],
    rationale:
      'Redis and Valkey are often used as a primary store for sessions, queues and scheduling state that include ' +
      'ePHI. Without automatic backups a node failure or a FLUSHALL loses it for good; the default minimum of 15 ' +
      'days gives time to notice corruption before the last good backup expires.',
    remediation: {
      text: 'Set the snapshot retention limit to at least the minimum (15 days by default) and a snapshot window.',
      cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --snapshot-retention-limit 15 --snapshot-window 03:00-04:00 --apply-immediately',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  snapshot_retention_limit = 15\n  snapshot_window          = "03:00-04:00"\n}',
      cloudformation: 'SnapshotRetentionLimit: 15\nSnapshotWindow: 03:00-04:00',
    },
  },
  options: z.object({ minRetentionDays: z.number().int().min(1).max(35).default(15) }),
  evaluate(cache, ctx) {
    const here = judgedHere(cache);
    if (here !== true) return here === false ? null : here;
    const engine = cache.props.engine;
    if (isUnknown(engine)) return unknownResult('engine', engine);
    // Memcached keeps no data worth restoring and cannot take backups.
    if (engine === 'memcached') return null;
    const days = cache.props.snapshotRetentionLimit;
    if (isUnknown(days)) return unknownResult('snapshotRetentionLimit', days);
    const min = ctx.options.minRetentionDays;
    const evidence = [ev('snapshotRetentionLimit', days), ev('options.minRetentionDays', min)];
    if (days === 0) return fail(`The ${what(cache)} takes no automatic backups.`, ...evidence);
    if (days < min) return fail(`The ${what(cache)} keeps backups ${days} day${days === 1 ? '' : 's'}, less than the minimum of ${min}.`, ...evidence);
    return pass(`The ${what(cache)} keeps automatic backups ${days} days.`, ...evidence);
  },
});
