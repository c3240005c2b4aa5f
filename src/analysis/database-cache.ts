import type { Resource } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';
import { unknownResult } from '../rules/result.js';
import type { RuleResult } from '../rules/types.js';

export type Cache = Resource<'AWS::ElastiCache::ReplicationGroup' | 'AWS::ElastiCache::CacheCluster'>;

/**
 * Whether the resource carries its own settings: a node of a replication group is judged
 * through the group. Returns a result when membership is unknown.
 */
export function judgedHere(cache: Cache): boolean | RuleResult {
  if (cache.type === 'AWS::ElastiCache::ReplicationGroup') return true;
  const group = (cache as Resource<'AWS::ElastiCache::CacheCluster'>).props.replicationGroupId;
  if (isUnknown(group)) return unknownResult('replicationGroupId', group);
  return group === null;
}

export function what(cache: Cache): string {
  return cache.type === 'AWS::ElastiCache::ReplicationGroup' ? 'replication group' : 'cache cluster';
}
