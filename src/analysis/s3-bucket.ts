import type { PublicAccessBlock } from '../model/aws/s3.js';
import { sourceKindOf } from '../model/origin.js';
import { isIacRef } from '../model/refs.js';
import type { AnyResource, Resource } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';
import type { RuleContext } from '../rules/types.js';

type Bucket = Resource<'AWS::S3::Bucket'>;

/** `arn:aws:s3:::`, or the bucket's partition when its id says (GovCloud, China). */
function partitionOf(bucket: Bucket): string {
  return /^arn:(aws[a-z-]*):/.exec(bucket.id)?.[1] ?? 'aws';
}

/**
 * Every spelling that can stand for the bucket's ARN in a policy or a selector: its id,
 * its refs (ARN, name, IaC reference token) and `arn:<partition>:s3:::<name>`, where the
 * name may itself be a reference token (`!Sub "arn:aws:s3:::${PhiBucket}/*"`).
 */
export function bucketIdentifiers(bucket: Bucket): string[] {
  const out = new Set<string>([bucket.id, ...(bucket.refs ?? [])]);
  const arn = (name: string) => out.add(`arn:${partitionOf(bucket)}:s3:::${name}`);
  const name = bucket.props.bucketName;
  if (typeof name === 'string' && name) arn(name);
  for (const r of bucket.refs ?? []) if (isIacRef(r)) arn(r);
  return [...out];
}

/** The bucket's objects as resource patterns (`arn:aws:s3:::name/*`), one per spelling. */
export function bucketObjectPatterns(bucket: Bucket): string[] {
  return bucketIdentifiers(bucket).map((b) => `${b}/*`);
}

const ALL_BUCKETS = /^arn:aws[a-z-]*:s3(:::)?$/;

/**
 * How an S3 ARN prefix (a CloudTrail data-event value) relates to the bucket: `all` when it
 * names every object of the bucket (all buckets, the bucket, or the bucket followed by `/`),
 * `part` when it names a prefix inside it, `none` otherwise.
 */
export function s3PrefixCoverage(value: string, bucket: Bucket): 'all' | 'part' | 'none' {
  if (ALL_BUCKETS.test(value)) return 'all';
  let part = false;
  for (const b of bucketIdentifiers(bucket)) {
    if (value === b || value === `${b}/`) return 'all';
    if (value.startsWith(`${b}/`)) part = true;
  }
  return part ? 'part' : 'none';
}

export type BlockSetting = keyof PublicAccessBlock;
export const BLOCK_SETTINGS: readonly BlockSetting[] = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
];

export type SettingState =
  | { state: 'on'; where: 'bucket' | 'account' }
  | { state: 'off' }
  | { state: 'unknown'; reason: string };

/** The template file, Terraform root directory or plan file an IaC resource was declared in. */
function deploymentRoot(r: AnyResource): string {
  const hash = r.id.lastIndexOf('#');
  return hash < 0 ? r.id : r.id.slice(0, hash);
}

/**
 * Does an account-level setting apply to the bucket's account? Live listings already hold
 * the bucket's account only. IaC rarely states accounts: a setting declared in the same
 * Terraform root (or plan) as the bucket is deployed with it; one declared elsewhere in the
 * scan may belong to any account, so it proves nothing about this bucket.
 */
function sameAccount(setting: AnyResource, bucket: Bucket): boolean {
  if (sourceKindOf(bucket.origin) === 'live') return true;
  if (typeof setting.account === 'string' && typeof bucket.account === 'string') return setting.account === bucket.account;
  return sourceKindOf(setting.origin) !== 'live' && deploymentRoot(setting) === deploymentRoot(bucket);
}

/**
 * One Block Public Access setting as the account's S3 settings see it, without the bucket.
 * A declared account setting (live, or a Terraform `aws_s3_account_public_access_block` in
 * the scan) decides; otherwise only a complete listing can say the account has none.
 */
export function accountBlockSetting(
  near: Bucket,
  ctx: Pick<RuleContext, 'list'>,
  setting: BlockSetting,
): SettingState {
  const listing = ctx.list('AWS::S3::AccountPublicAccessBlock', near);
  let unknownReason: string | undefined;
  let declared = false;
  for (const acct of listing.resources) {
    if (!sameAccount(acct, near)) continue;
    const config = acct.props.config;
    if (isUnknown(config)) {
      unknownReason ??= `the account's Block Public Access is unknown: ${config.$unknown}`;
      continue;
    }
    declared = true;
    if (config === null) continue;
    const v = config[setting];
    if (v === true) return { state: 'on', where: 'account' };
    if (isUnknown(v)) unknownReason ??= `the account's ${setting} is unknown: ${v.$unknown}`;
  }
  if (unknownReason) return { state: 'unknown', reason: unknownReason };
  if (listing.complete || declared) return { state: 'off' };
  return { state: 'unknown', reason: `the account's Block Public Access is not known: ${listing.reason}` };
}

/**
 * The setting in force for the bucket: S3 applies the stricter of the bucket's and the
 * account's configuration, so either one being on is enough.
 */
export function effectiveBlockSetting(
  bucket: Bucket,
  ctx: Pick<RuleContext, 'list'>,
  setting: BlockSetting,
): SettingState {
  const pab = bucket.props.publicAccessBlock;
  let bucketUnknown: string | undefined;
  if (isUnknown(pab)) bucketUnknown = `publicAccessBlock is unknown: ${pab.$unknown}`;
  else if (pab) {
    const v = pab[setting];
    if (v === true) return { state: 'on', where: 'bucket' };
    if (isUnknown(v)) bucketUnknown = `publicAccessBlock.${setting} is unknown: ${v.$unknown}`;
  }
  const account = accountBlockSetting(bucket, ctx, setting);
  if (account.state === 'on' || !bucketUnknown) return account;
  return { state: 'unknown', reason: bucketUnknown };
}

/**
 * Does an excluded S3 prefix (advanced selectors' NotStartsWith) take any of the bucket's
 * objects out? It does when it is a string prefix of the bucket's ARN or starts inside it.
 */
export function s3PrefixTouches(value: string, bucket: Bucket): boolean {
  return bucketIdentifiers(bucket).some((b) => `${b}/`.startsWith(value) || value.startsWith(`${b}/`));
}
