import {
  type Bucket,
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import type { S3BucketProps } from '../../model/aws/s3.js';
import { normalizePolicy } from '../../model/aws/policy.js';
import { type Known, unknown } from '../../model/unknown.js';
import { type AwsContext, known, type Outcome, type ServiceCollector, tagRecord } from './context.js';
import {
  aclGrantsBeyondOwner,
  aclPublicGrants,
  ENCRYPTION_ABSENT,
  encryptionFrom,
  LIFECYCLE_ABSENT,
  lifecycleFrom,
  loggingFrom,
  notificationsFrom,
  OBJECT_LOCK_ABSENT,
  objectLockFrom,
  OWNERSHIP_ABSENT,
  ownershipFrom,
  POLICY_ABSENT,
  PUBLIC_ACCESS_BLOCK_ABSENT,
  publicAccessBlockFrom,
  regionFromLocation,
  REPLICATION_ABSENT,
  replicationFrom,
  TAGS_ABSENT,
  versioningFrom,
} from './s3-props.js';

/**
 * S3 buckets. The operation names differ from the IAM actions they need in several
 * places (ListBuckets needs s3:ListAllMyBuckets, GetBucketEncryption
 * s3:GetEncryptionConfiguration); the table is what AWS's service authorization
 * reference lists.
 */
const permissions = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetBucketLocation': 's3:GetBucketLocation',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetBucketPolicy': 's3:GetBucketPolicy',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:GetBucketAcl': 's3:GetBucketAcl',
  's3:GetBucketOwnershipControls': 's3:GetBucketOwnershipControls',
  's3:GetBucketVersioning': 's3:GetBucketVersioning',
  's3:GetBucketLogging': 's3:GetBucketLogging',
  's3:GetBucketTagging': 's3:GetBucketTagging',
  's3:GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
  's3:GetBucketReplication': 's3:GetReplicationConfiguration',
  's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
  's3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
};

// Paginated ListBuckets: unpaginated requests are refused for accounts whose bucket quota
// is above 10,000. A request with any parameter also returns each bucket's region
// (BucketRegion), which saves a GetBucketLocation per bucket.
const PAGE_SIZE = 1000;

export const s3Collector: ServiceCollector = {
  service: 's3',
  types: ['AWS::S3::Bucket'],
  permissions,
  async collect(ctx) {
    // The bucket list is global: it is read once, from the home region.
    const region = ctx.homeRegion;
    const listing = await ctx.list(
      's3',
      region,
      (token) => new ListBucketsCommand({ MaxBuckets: PAGE_SIZE, ...(token ? { ContinuationToken: token } : {}) }),
      (out) => out.Buckets,
      (out) => out.ContinuationToken,
    );
    ctx.listed('AWS::S3::Bucket', 's3', region, listing.failure, false);
    await ctx.forEach(listing.items, (bucket) => collectBucket(ctx, bucket, listing.calls));
  },
};

type BucketSettings = { props: S3BucketProps; tags: Known<Record<string, string>> };

async function bucketRegion(ctx: AwsContext, Bucket: string, listed: Bucket, calls: string[]): Promise<Known<string> | 'gone'> {
  if (listed.BucketRegion) return listed.BucketRegion;
  // Older and compatible endpoints leave BucketRegion out.
  const loc = await ctx.call('s3', ctx.homeRegion, new GetBucketLocationCommand({ Bucket }));
  calls.push(loc.call);
  if (loc.ok) return regionFromLocation(loc.value.LocationConstraint);
  return loc.failure.code === 'NoSuchBucket' ? 'gone' : unknown(loc.failure.reason);
}

async function collectBucket(ctx: AwsContext, bucket: Bucket, listCalls: string[]): Promise<void> {
  const name = bucket.Name;
  if (!name) return;
  const calls = [...listCalls];
  const region = await bucketRegion(ctx, name, bucket, calls);
  if (region === 'gone' || !ctx.inScope(region)) return;
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  let settings: BucketSettings | 'gone';
  if (typeof region === 'string') {
    settings = await readBucket(ctx, name, region, calls);
  } else {
    // Bucket calls answer only in the bucket's own region (301 elsewhere).
    const why = unknown(`bucket region unknown: ${region.$unknown}`);
    settings = {
      props: {
        bucketName: name,
        encryption: why,
        policy: why,
        publicAccessBlock: why,
        aclPublicGrants: why,
        versioning: why,
        logging: why,
        objectOwnership: why,
        aclGrantsBeyondOwner: why,
        objectLock: why,
        replication: why,
        eventNotifications: why,
        lifecycleRules: why,
      },
      tags: why,
    };
  }
  if (settings === 'gone') return;
  ctx.add({
    provider: 'aws',
    type: 'AWS::S3::Bucket',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: settings.tags,
    props: settings.props,
    origin: { kind: 'live', calls },
    refs: [name, arn],
  });
}

async function readBucket(
  ctx: AwsContext,
  name: string,
  region: string,
  calls: string[],
): Promise<BucketSettings | 'gone'> {
  const Bucket = name;
  const [enc, policy, pab, acl, ownership, versioning, logging, tagging, lock, replication, notifications, lifecycle] = await Promise.all([
    ctx.call('s3', region, new GetBucketEncryptionCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketPolicyCommand({ Bucket })),
    ctx.call('s3', region, new GetPublicAccessBlockCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketAclCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketOwnershipControlsCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketVersioningCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketLoggingCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketTaggingCommand({ Bucket })),
    ctx.call('s3', region, new GetObjectLockConfigurationCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketReplicationCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketNotificationConfigurationCommand({ Bucket })),
    ctx.call('s3', region, new GetBucketLifecycleConfigurationCommand({ Bucket })),
  ]);
  const all: Outcome<unknown>[] = [enc, policy, pab, acl, ownership, versioning, logging, tagging, lock, replication, notifications, lifecycle];
  // Deleted between the listing and now: it no longer exists, so it is not reported.
  if (all.some((o) => !o.ok && o.failure.code === 'NoSuchBucket')) return 'gone';
  calls.push(...all.map((o) => o.call));
  // OwnershipControlsNotFoundError means no controls, so ACLs apply; any other failure
  // to read them leaves the ACL's answer standing (see aclPublicGrants).
  const ownershipValue = ownership.ok ? ownership.value : undefined;
  return {
    props: {
      bucketName: name,
      encryption: known(enc, encryptionFrom, ENCRYPTION_ABSENT),
      policy: known(policy, (out) => normalizePolicy(out.Policy), POLICY_ABSENT),
      publicAccessBlock: known(
        pab,
        (out) => publicAccessBlockFrom(out.PublicAccessBlockConfiguration),
        PUBLIC_ACCESS_BLOCK_ABSENT,
      ),
      aclPublicGrants: known(acl, (out) => aclPublicGrants(out, ownershipValue)),
      versioning: known(versioning, versioningFrom),
      logging: known(logging, loggingFrom),
      objectOwnership: known(ownership, ownershipFrom, OWNERSHIP_ABSENT),
      // Grants read from the ACL stand unless ownership is known to disable ACLs.
      aclGrantsBeyondOwner: known(acl, (out) => aclGrantsBeyondOwner(out, ownership.ok ? ownershipFrom(ownership.value) : undefined)),
      objectLock: known(lock, objectLockFrom, OBJECT_LOCK_ABSENT),
      replication: known(replication, replicationFrom, REPLICATION_ABSENT),
      eventNotifications: known(notifications, notificationsFrom),
      lifecycleRules: known(lifecycle, lifecycleFrom, LIFECYCLE_ABSENT),
    },
    tags: known(tagging, (out) => tagRecord(out.TagSet, (t) => t.Key, (t) => t.Value), TAGS_ABSENT),
  };
}
