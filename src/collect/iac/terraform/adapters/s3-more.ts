import type { S3LifecycleRule, S3ObjectLock } from '../../../../model/aws/s3.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs } from '../types.js';
import { block, blocks, bool, num, optStr, str } from './attrs.js';

/**
 * Terraform's ownership, ACL, Object Lock, replication, notification and lifecycle
 * settings, split resources (AWS provider v4+) and v3 inline blocks alike.
 */

const GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
  'http://acs.amazonaws.com/groups/s3/LogDelivery': 'LogDelivery',
};

/** Grants each canned ACL makes on a bucket beyond its owner. */
const CANNED: Record<string, string[]> = {
  private: [],
  'public-read': ['AllUsers:READ'],
  'public-read-write': ['AllUsers:READ', 'AllUsers:WRITE'],
  'authenticated-read': ['AuthenticatedUsers:READ'],
  'log-delivery-write': ['LogDelivery:READ_ACP', 'LogDelivery:WRITE'],
  'aws-exec-read': ['aws-exec-read:READ'],
  'bucket-owner-read': [],
  'bucket-owner-full-control': [],
};

function canned(v: unknown): Known<string[]> | undefined {
  const acl = str(v, null, 'acl');
  if (acl === null) return undefined;
  if (isUnknown(acl)) return acl;
  return CANNED[acl] ?? unknown(`unrecognised canned ACL ${JSON.stringify(acl)}`);
}

function grants(list: Known<Attrs[]>, owner: unknown, perms: (g: Attrs) => unknown, grantee: (g: Attrs) => Known<Attrs> | undefined): Known<string[]> {
  if (isUnknown(list)) return list;
  const out = new Set<string>();
  for (const g of list) {
    const who = grantee(g);
    if (who === undefined) continue;
    if (isUnknown(who)) return who;
    const type = who.type;
    if (isUnknown(type) || isUnknown(who.id) || isUnknown(who.uri)) return unknown('an ACL grantee is not known');
    if (type === 'CanonicalUser' && typeof who.id === 'string' && who.id === owner) continue;
    const name = type === 'Group' ? (GROUPS[String(who.uri)] ?? String(who.uri)) : String(who.id ?? who.email_address ?? type);
    const p = perms(g);
    if (isUnknown(p)) return p;
    for (const x of Array.isArray(p) ? p : [p]) {
      if (isUnknown(x)) return x;
      if (typeof x === 'string') out.add(`${name}:${x}`);
    }
  }
  return [...out].sort();
}

/** `aws_s3_bucket_acl`: a canned `acl`, or `access_control_policy { owner grant { grantee permission } }`. */
export function aclBeyondSplit(a: Attrs): Known<string[]> {
  const c = canned(a.acl);
  if (c !== undefined) return c;
  const pol = block(a.access_control_policy, 'access_control_policy');
  if (pol === undefined) return [];
  if (isUnknown(pol)) return pol;
  const owner = block(pol.owner, 'owner');
  const ownerId = owner && !isUnknown(owner) ? owner.id : undefined;
  return grants(blocks(pol.grant, 'grant'), ownerId, (g) => g.permission, (g) => block(g.grantee, 'grantee'));
}

/** v3 `acl` and `grant { type id uri permissions }` on the bucket; the owner's own grant is not told apart, so only groups and other ids count. */
export function aclBeyondInline(a: Attrs): Known<string[]> | undefined {
  const c = canned(a.acl);
  const g = a.grant === undefined ? undefined : grants(blocks(a.grant, 'grant'), undefined, (x) => x.permissions, (x) => x);
  if (c === undefined) return g;
  if (g === undefined || isUnknown(c)) return c;
  if (isUnknown(g)) return g;
  return [...new Set([...c, ...g])].sort();
}

function retention(rule: unknown): Known<S3ObjectLock['defaultRetention']> {
  const r = block(rule, 'rule');
  if (r === undefined) return null;
  if (isUnknown(r)) return r;
  const d = block(r.default_retention, 'default_retention');
  if (d === undefined) return null;
  if (isUnknown(d)) return d;
  return {
    mode: str(d.mode, null, 'mode') ?? unknown('default_retention names no mode'),
    days: num(d.days, null, 'days'),
    years: num(d.years, null, 'years'),
  };
}

/** `aws_s3_bucket_object_lock_configuration`: it exists only for a bucket with Object Lock on. */
export function objectLockSplit(a: Attrs): Known<S3ObjectLock | null> {
  return { defaultRetention: retention(a.rule) };
}

/** `object_lock_enabled` (v4+) or v3 `object_lock_configuration { object_lock_enabled = "Enabled" rule {…} }`. */
export function objectLockInline(a: Attrs): Known<S3ObjectLock | null> | undefined {
  const flag = bool(a.object_lock_enabled, false, 'object_lock_enabled');
  const cfg = block(a.object_lock_configuration, 'object_lock_configuration');
  if (isUnknown(flag)) return flag;
  if (cfg !== undefined && isUnknown(cfg)) return cfg;
  const legacy = cfg ? str(cfg.object_lock_enabled, null, 'object_lock_enabled') : null;
  if (isUnknown(legacy)) return legacy;
  if (!flag && legacy !== 'Enabled') return undefined;
  return { defaultRetention: cfg ? retention(cfg.rule) : null };
}

/** Split `rule { status destination { bucket } }` or v3 inline `rules { … }`. */
export function replicationFrom(rules: unknown, what: string): Known<Known<string>[] | null> {
  const list = blocks(rules, what);
  if (isUnknown(list)) return list;
  const out: Known<string>[] = [];
  for (const r of list) {
    const status = str(r.status, null, 'status');
    if (isUnknown(status)) return status;
    if (status !== 'Enabled') continue;
    const dest = block(r.destination, 'destination');
    if (dest === undefined || isUnknown(dest)) {
      out.push(dest ?? unknown('replication rule names no destination'));
      continue;
    }
    out.push(str(dest.bucket, null, 'destination.bucket') ?? unknown('replication rule names no destination bucket'));
  }
  return out.length === 0 ? null : out;
}

/** `aws_s3_bucket_notification`: topic / queue / lambda_function blocks and `eventbridge`. */
export function notifications(a: Attrs): Known<Known<string>[]> {
  const out: Known<string>[] = [];
  for (const [kind, key] of [['topic', 'topic_arn'], ['queue', 'queue_arn'], ['lambda_function', 'lambda_function_arn']] as const) {
    const list = blocks(a[kind], kind);
    if (isUnknown(list)) return list;
    for (const b of list) out.push(str(b[key], null, key) ?? unknown(`${kind} names no ${key}`));
  }
  const eb = bool(a.eventbridge, false, 'eventbridge');
  if (isUnknown(eb)) return eb;
  if (eb) out.push('EventBridge');
  return out;
}

/** Plans hold `days = 0` for an expiration set by date or delete marker only: S3 accepts no 0-day expiry. */
function positive(v: Known<number | null>): Known<number | null> {
  return typeof v === 'number' && v <= 0 ? null : v;
}

function prefixOf(r: Attrs): { prefix: Known<string>; tagFilter: boolean } {
  const filter = block(r.filter, 'filter');
  if (filter !== undefined && isUnknown(filter)) return { prefix: filter, tagFilter: false };
  if (filter) {
    const and = block(filter.and, 'and');
    if (and !== undefined && isUnknown(and)) return { prefix: and, tagFilter: false };
    const tag = block(filter.tag, 'tag');
    const tags = and?.tags;
    const tagFilter = tag !== undefined || (tags !== undefined && tags !== null && (isUnknown(tags) || Object.keys(tags as object).length > 0));
    return { prefix: str(filter.prefix, null, 'filter.prefix') ?? str(and?.prefix, '', 'and.prefix'), tagFilter };
  }
  const tags = r.tags;
  return { prefix: str(r.prefix, '', 'prefix'), tagFilter: tags !== undefined && tags !== null && Object.keys(tags as object).length > 0 };
}

/** Split `rule { id status filter expiration noncurrent_version_expiration }` or v3 `lifecycle_rule { id enabled prefix … }`. */
export function lifecycle(rules: unknown, what: 'rule' | 'lifecycle_rule'): Known<S3LifecycleRule[]> {
  const list = blocks(rules, what);
  if (isUnknown(list)) return list;
  return list.map((r): S3LifecycleRule => {
    const exp = block(r.expiration, 'expiration');
    const nce = block(r.noncurrent_version_expiration, 'noncurrent_version_expiration');
    const id = str(r.id, null, 'id');
    const status = what === 'rule' ? str(r.status, null, 'status') : null;
    return {
      id: typeof id === 'string' ? id : null,
      enabled: what === 'rule' ? (isUnknown(status) ? status : status === 'Enabled') : bool(r.enabled, false, 'enabled'),
      ...prefixOf(r),
      expirationDays: exp === undefined ? null : isUnknown(exp) ? exp : positive(num(exp.days, null, 'expiration.days')),
      expirationDate: exp === undefined ? null : isUnknown(exp) ? exp : optStr(exp.date, 'expiration.date'),
      noncurrentExpirationDays:
        nce === undefined ? null : isUnknown(nce) ? nce : positive(num(what === 'rule' ? nce.noncurrent_days : nce.days, null, 'noncurrent_days')),
    };
  });
}
