import type { S3BucketProps, S3LifecycleRule, S3ObjectLock } from '../../../../model/aws/s3.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asNumber, asString, at, isRecord } from '../values.js';

/**
 * The bucket settings beyond encryption and access (ownership, Object Lock, replication,
 * notifications, lifecycle), with CloudFormation's defaults for what a template leaves out.
 */

/** S3 disables ACLs (BucketOwnerEnforced) on every bucket created since April 2023 unless told otherwise. */
export function objectOwnership(p: unknown): Known<string | null> {
  const rules = asList(at(p, 'OwnershipControls', 'Rules'), 'OwnershipControls.Rules');
  if (rules === undefined || (Array.isArray(rules) && rules.length === 0)) return 'BucketOwnerEnforced';
  if (isUnknown(rules)) return rules;
  return asString(at(rules, 0, 'ObjectOwnership'), 'ObjectOwnership') ?? unknown('OwnershipControls rule names no ObjectOwnership');
}

/** Grants each canned ACL makes on a bucket beyond its owner. */
const CANNED: Readonly<Record<string, readonly string[]>> = {
  Private: [],
  PublicRead: ['AllUsers:READ'],
  PublicReadWrite: ['AllUsers:READ', 'AllUsers:WRITE'],
  AuthenticatedRead: ['AuthenticatedUsers:READ'],
  LogDeliveryWrite: ['LogDelivery:READ_ACP', 'LogDelivery:WRITE'],
  AwsExecRead: ['aws-exec-read:READ'],
  // These two name the bucket owner for objects; on a bucket they grant nothing more.
  BucketOwnerRead: [],
  BucketOwnerFullControl: [],
};

/**
 * Grants a template declares stand unless it also declares ACLs disabled: with S3's default
 * ownership they would not apply, so declaring them shows intent to use ACLs.
 */
export function aclGrantsBeyondOwner(p: unknown): Known<string[]> {
  const declared = at(p, 'OwnershipControls', 'Rules') === undefined ? undefined : objectOwnership(p);
  if (declared === 'BucketOwnerEnforced') return [];
  const ownership = declared ?? null;
  const acl = asString(at(p, 'AccessControl'), 'AccessControl');
  if (acl === undefined) return [];
  if (isUnknown(acl)) return acl;
  const grants = Object.hasOwn(CANNED, acl) ? CANNED[acl] : undefined;
  if (!grants) return unknown(`unrecognised AccessControl ${JSON.stringify(acl.slice(0, 40))}`);
  if (grants.length > 0 && isUnknown(ownership)) return ownership;
  return [...grants];
}

export function objectLock(p: unknown): Known<S3ObjectLock | null> {
  const enabled = asBoolean(at(p, 'ObjectLockEnabled'), 'ObjectLockEnabled');
  const declared = asString(at(p, 'ObjectLockConfiguration', 'ObjectLockEnabled'), 'ObjectLockConfiguration.ObjectLockEnabled');
  if (isUnknown(enabled)) return enabled;
  if (isUnknown(declared)) return declared;
  if (enabled !== true && declared !== 'Enabled') return null;
  const d = at(p, 'ObjectLockConfiguration', 'Rule', 'DefaultRetention');
  if (isUnknown(d)) return { defaultRetention: d };
  if (d === undefined) return { defaultRetention: null };
  return {
    defaultRetention: {
      mode: asString(at(d, 'Mode'), 'DefaultRetention.Mode') ?? unknown('DefaultRetention names no Mode'),
      days: asNumber(at(d, 'Days'), 'DefaultRetention.Days') ?? null,
      years: asNumber(at(d, 'Years'), 'DefaultRetention.Years') ?? null,
    },
  };
}

/** Rules are mappings; anything else makes the whole list unknown. */
function records(v: unknown, what: string): Known<Record<string, unknown>[]> {
  const list = asList(v, what);
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  for (const item of list) {
    if (isUnknown(item)) return item;
    if (!isRecord(item)) return unknown(`${what} entries should be mappings`);
  }
  return list as Record<string, unknown>[];
}

export function replication(p: unknown): Known<Known<string>[] | null> {
  const rules = records(at(p, 'ReplicationConfiguration', 'Rules'), 'ReplicationConfiguration.Rules');
  if (isUnknown(rules)) return rules;
  const out: Known<string>[] = [];
  for (const r of rules) {
    const status = asString(r.Status, 'Rules.Status');
    if (isUnknown(status)) return status;
    if (status !== 'Enabled') continue;
    out.push(asString(at(r, 'Destination', 'Bucket'), 'Destination.Bucket') ?? unknown('replication rule names no destination bucket'));
  }
  return out.length === 0 ? null : out;
}

export function eventNotifications(p: unknown): Known<Known<string>[]> {
  const cfg = at(p, 'NotificationConfiguration');
  if (cfg === undefined) return [];
  if (isUnknown(cfg)) return cfg;
  const out: Known<string>[] = [];
  for (const [list, key] of [['TopicConfigurations', 'Topic'], ['QueueConfigurations', 'Queue'], ['LambdaConfigurations', 'Function']] as const) {
    const items = records(at(cfg, list), list);
    if (isUnknown(items)) return items;
    for (const c of items) out.push(asString(c[key], `${list}.${key}`) ?? unknown(`${list} entry names no ${key}`));
  }
  const eb = asBoolean(at(cfg, 'EventBridgeConfiguration', 'EventBridgeEnabled'), 'EventBridgeEnabled');
  if (isUnknown(eb)) return eb;
  // EventBridgeEnabled defaults to true once the block is declared.
  if (eb === true || (eb === undefined && at(cfg, 'EventBridgeConfiguration') !== undefined)) out.push('EventBridge');
  return out;
}

export function lifecycleRules(p: unknown): Known<S3LifecycleRule[]> {
  const rules = records(at(p, 'LifecycleConfiguration', 'Rules'), 'LifecycleConfiguration.Rules');
  if (isUnknown(rules)) return rules;
  return rules.map((r): S3LifecycleRule => {
    const status = asString(r.Status, 'Rules.Status');
    const tags = asList(r.TagFilters, 'TagFilters');
    const id = asString(r.Id, 'Id');
    return {
      id: typeof id === 'string' ? id : null,
      enabled: status === undefined ? unknown('lifecycle rule Status is required but not declared') : isUnknown(status) ? status : status === 'Enabled',
      prefix: asString(r.Prefix, 'Prefix') ?? '',
      tagFilter: Array.isArray(tags) && tags.length > 0,
      expirationDays: asNumber(r.ExpirationInDays, 'ExpirationInDays') ?? null,
      expirationDate: asString(r.ExpirationDate, 'ExpirationDate') ?? null,
      noncurrentExpirationDays:
        asNumber(at(r, 'NoncurrentVersionExpiration', 'NoncurrentDays'), 'NoncurrentVersionExpiration.NoncurrentDays') ??
        asNumber(r.NoncurrentVersionExpirationInDays, 'NoncurrentVersionExpirationInDays') ??
        null,
    };
  });
}

