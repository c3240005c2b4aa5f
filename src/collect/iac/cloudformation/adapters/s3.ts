import { normalizePolicy } from '../../../../model/aws/policy.js';
import type { PublicAccessBlock, S3BucketProps, S3Encryption } from '../../../../model/aws/s3.js';
import { aclGrantsBeyondOwner, eventNotifications, lifecycleRules, objectLock, objectOwnership, replication } from './s3-more.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

type Bucket = Resource<'AWS::S3::Bucket'>;

// S3 encrypts every new object with SSE-S3 when a bucket declares nothing (since January 2023).
function s3Default(bucketKeyEnabled: Known<boolean> = false): S3Encryption {
  return { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled, source: 's3-default' };
}

function encryption(p: unknown): Known<S3Encryption> {
  const base = ['BucketEncryption', 'ServerSideEncryptionConfiguration'] as const;
  const declared = at(p, 'BucketEncryption');
  if (declared === undefined) return s3Default();
  if (isUnknown(declared)) return declared;
  const rules = asList(at(p, ...base), base.join('.'));
  if (isUnknown(rules)) return rules;
  if (!rules || rules.length === 0) return s3Default();
  const rule = at(p, ...base, 0);
  if (isUnknown(rule)) return rule;
  const bucketKeyEnabled = asBoolean(at(p, ...base, 0, 'BucketKeyEnabled'), 'BucketKeyEnabled') ?? false;
  const byDefault = at(p, ...base, 0, 'ServerSideEncryptionByDefault');
  if (isUnknown(byDefault)) return byDefault;
  // A rule may set only BucketKeyEnabled; the algorithm is then still S3's default.
  if (byDefault === undefined) return s3Default(bucketKeyEnabled);
  const algorithm =
    asString(at(byDefault, 'SSEAlgorithm'), 'SSEAlgorithm') ?? unknown('SSEAlgorithm is required but not declared');
  const keyId = asString(at(byDefault, 'KMSMasterKeyID'), 'KMSMasterKeyID') ?? null;
  // Without a named key, aws:kms uses the AWS managed key aws/s3 (null); SSE-S3 takes no key.
  const kmsKeyId = typeof algorithm === 'string' && !algorithm.startsWith('aws:kms') ? null : keyId;
  return { algorithm, kmsKeyId, bucketKeyEnabled, source: 'declared' };
}

function publicAccessBlock(p: unknown): Known<PublicAccessBlock | null> {
  const declared = at(p, 'PublicAccessBlockConfiguration');
  if (declared === undefined) return null;
  if (isUnknown(declared)) return declared;
  // Each setting CloudFormation leaves out is false.
  const flag = (name: string) => asBoolean(at(p, 'PublicAccessBlockConfiguration', name), name) ?? false;
  return {
    blockPublicAcls: flag('BlockPublicAcls'),
    ignorePublicAcls: flag('IgnorePublicAcls'),
    blockPublicPolicy: flag('BlockPublicPolicy'),
    restrictPublicBuckets: flag('RestrictPublicBuckets'),
  };
}

/** Permissions each canned ACL grants to everyone or to any AWS account. */
const CANNED_PUBLIC: Readonly<Record<string, readonly string[]>> = {
  Private: [],
  PublicRead: ['READ'],
  PublicReadWrite: ['READ', 'WRITE'],
  AuthenticatedRead: ['READ'],
  AwsExecRead: [],
  BucketOwnerRead: [],
  BucketOwnerFullControl: [],
  LogDeliveryWrite: [],
};

function aclPublicGrants(p: unknown): Known<string[]> {
  const ownership = at(p, 'OwnershipControls', 'Rules', 0, 'ObjectOwnership');
  // BucketOwnerEnforced disables ACLs: whatever AccessControl says grants nothing.
  if (ownership === 'BucketOwnerEnforced') return [];
  const acl = asString(at(p, 'AccessControl'), 'AccessControl');
  if (acl === undefined) return [];
  if (isUnknown(acl)) return acl;
  const grants = Object.hasOwn(CANNED_PUBLIC, acl) ? CANNED_PUBLIC[acl]! : undefined;
  if (!grants) return unknown(`unrecognised AccessControl ${JSON.stringify(acl.slice(0, 40))}`);
  if (grants.length > 0 && isUnknown(ownership)) return ownership;
  return [...grants];
}

function versioning(p: unknown): Known<S3BucketProps['versioning']> {
  const status = asString(at(p, 'VersioningConfiguration', 'Status'), 'VersioningConfiguration.Status');
  if (status === undefined) return 'Disabled';
  if (isUnknown(status) || status === 'Enabled' || status === 'Suspended') return status;
  return unknown(`unrecognised versioning status ${JSON.stringify(status.slice(0, 40))}`);
}

function logging(p: unknown, self: string): S3BucketProps['logging'] {
  const declared = at(p, 'LoggingConfiguration');
  if (declared === undefined) return null;
  if (isUnknown(declared)) return declared;
  return {
    // With no destination named, CloudFormation delivers the logs to the bucket itself.
    targetBucket: asString(at(p, 'LoggingConfiguration', 'DestinationBucketName'), 'DestinationBucketName') ?? self,
    targetPrefix: asString(at(p, 'LoggingConfiguration', 'LogFilePrefix'), 'LogFilePrefix') ?? '',
  };
}

export function s3Bucket(res: TemplateResource, ctx: AdapterContext): Bucket {
  const p = res.properties;
  const token = ctx.token(res.logicalId);
  const declaredName = asString(at(p, 'BucketName'), 'BucketName');
  const { name, literal } = namedIdentity(res, ctx, declaredName);
  // Templates spell the bucket's ARN `arn:${AWS::Partition}:s3:::${Bucket}`, which resolves
  // to `arn:aws:s3:::<token>`: listing it lets rules match that spelling too.
  const refs = [token, `arn:aws:s3:::${token}`];
  if (literal) refs.push(literal, `arn:aws:s3:::${literal}`);
  return iacResource(res, ctx, {
    type: 'AWS::S3::Bucket',
    name,
    tags: tagsOf(at(p, 'Tags')),
    refs,
    props: {
      bucketName: declaredName ?? unknown('BucketName is not declared: CloudFormation generates it at deploy time'),
      encryption: encryption(p),
      policy: null,
      publicAccessBlock: publicAccessBlock(p),
      aclPublicGrants: aclPublicGrants(p),
      versioning: versioning(p),
      logging: logging(p, literal ?? token),
      objectOwnership: objectOwnership(p),
      aclGrantsBeyondOwner: aclGrantsBeyondOwner(p),
      objectLock: objectLock(p),
      replication: replication(p),
      eventNotifications: eventNotifications(p),
      lifecycleRules: lifecycleRules(p),
    },
  });
}

/**
 * `AWS::S3::BucketPolicy` becomes the bucket's `policy`. A policy naming a bucket outside
 * the template (or one that cannot be resolved) has nothing to attach to and is left out.
 */
export const bucketPolicyJoin = join({
  type: 'AWS::S3::BucketPolicy',
  target: 'AWS::S3::Bucket',
  via: 'Bucket',
  attach(policy, bucket, _ctx, exists) {
    bucket.props.policy = isUnknown(exists)
      ? unknown(`bucket policy ${policy.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`)
      : normalizePolicy(at(policy.properties, 'PolicyDocument'));
  },
});
