import { normalizePolicy, type PolicyDocument } from '../../../model/aws/policy.js';
import type { PublicAccessBlock } from '../../../model/aws/s3.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-not-public.js';

const policy = (...Statement: object[]) => normalizePolicy({ Version: '2012-10-17', Statement }) as PolicyDocument;
const OBJECTS = 'arn:aws:s3:::phi-records/*';
const allow = (extra: object = {}) => ({ Sid: 'Read', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: OBJECTS, ...extra });
const OFF: PublicAccessBlock = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };
// Unblocked bucket in an account without Block Public Access: grants count as written.
const open = (props: object, pab: Partial<PublicAccessBlock> = {}) =>
  resource('AWS::S3::Bucket', { publicAccessBlock: { ...OFF, ...pab }, ...props });
const noAccountBlock = [resource('AWS::S3::AccountPublicAccessBlock', { config: null })];
const withPolicy = (...statements: object[]) => open({ policy: policy(...statements) });
const tplBucket = (props: object) =>
  resource('AWS::S3::Bucket', { publicAccessBlock: null, ...props }, {
    id: 'template.yaml#Bucket',
    account: unknown('not stated'),
    origin: iacOrigin('Bucket'),
  });

ruleTester(rule, {
  pass: [
    { name: 'no ACL grants and no policy', resource: open({ policy: null }), others: noAccountBlock, message: /Neither/ },
    {
      name: 'a policy that grants a named account',
      resource: withPolicy(allow({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } })),
      others: noAccountBlock,
    },
    {
      name: 'Principal "*" pinned to the organization',
      resource: withPolicy(allow({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })),
      others: noAccountBlock,
    },
    {
      name: 'Principal "*" pinned to a VPC endpoint',
      resource: withPolicy(allow({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })),
      others: noAccountBlock,
    },
    {
      name: 'Principal "*" pinned to an office network',
      resource: withPolicy(allow({ Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } })),
      others: noAccountBlock,
    },
    {
      name: 'a Deny to everyone grants nothing',
      resource: withPolicy(allow({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })),
      others: noAccountBlock,
    },
    {
      name: 'a public-read ACL voided by IgnorePublicAcls on the bucket',
      resource: open({ aclPublicGrants: ['READ'] }, { ignorePublicAcls: true }),
      others: noAccountBlock,
      message: /ignorePublicAcls at the bucket/,
    },
    {
      name: 'a public policy voided by RestrictPublicBuckets on the account',
      resource: resource('AWS::S3::Bucket', { publicAccessBlock: null, policy: policy(allow()) }),
      others: [resource('AWS::S3::AccountPublicAccessBlock')],
      message: /restrictPublicBuckets at the account/,
    },
    {
      name: 'a template bucket with nothing public needs no account information',
      resource: tplBucket({ policy: null }),
    },
  ],
  fail: [
    {
      name: 'a public-read ACL with nothing blocking it',
      resource: open({ aclPublicGrants: ['READ'] }),
      others: noAccountBlock,
      message: /ACL grants READ/,
    },
    {
      name: 'Principal "*" with no condition',
      resource: withPolicy(allow()),
      others: noAccountBlock,
      message: /statement "Read"/,
    },
    {
      name: 'AWS "*" with an organization condition that is a wildcard',
      resource: withPolicy(allow({ Principal: { AWS: '*' }, Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } })),
      others: noAccountBlock,
    },
    {
      name: 'a source network of 0.0.0.0/0',
      resource: withPolicy(allow({ Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })),
      others: noAccountBlock,
    },
    {
      name: 'an IfExists endpoint condition, which a request from the internet satisfies',
      resource: withPolicy(allow({ Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })),
      others: noAccountBlock,
    },
    {
      name: 'a negated endpoint condition',
      resource: withPolicy(allow({ Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })),
      others: noAccountBlock,
    },
    {
      name: 'a condition on a key that does not identify the caller',
      resource: withPolicy(allow({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
      others: noAccountBlock,
    },
    {
      name: 'an Allow with NotPrincipal grants everyone else',
      resource: withPolicy(allow({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })),
      others: noAccountBlock,
    },
    {
      name: 'BlockPublicPolicy alone leaves an existing public policy in force',
      resource: open({ policy: policy(allow()) }, { blockPublicPolicy: true }),
      others: noAccountBlock,
      message: /restrictPublicBuckets is off/,
    },
    {
      name: 'a template bucket with a public policy and no bucket-level block',
      resource: tplBucket({ policy: policy(allow()) }),
      message: /only an account-wide block outside the scanned files could void it/,
    },
    {
      name: 'a template bucket with a public-read ACL',
      resource: tplBucket({ aclPublicGrants: ['READ'] }),
      message: /ACL grants READ/,
    },
  ],
  not_assessed: [
    {
      name: 'the ACL could not be read and public ACLs are not ignored',
      resource: open({ aclPublicGrants: unknown('AccessDenied on s3:GetBucketAcl') }),
      others: noAccountBlock,
      message: /AccessDenied/,
    },
    {
      name: 'the policy could not be read and public policies are not restricted',
      resource: open({ policy: unknown('AccessDenied on s3:GetBucketPolicy') }),
      others: noAccountBlock,
      message: /GetBucketPolicy/,
    },
    {
      name: 'the endpoint in the condition comes from an unresolved parameter',
      resource: withPolicy(allow({ Condition: { StringEquals: { 'aws:SourceVpce': unknown('parameter VpceId has no value') } } })),
      others: noAccountBlock,
      message: /VpceId/,
    },
    {
      name: 'a template bucket with a public policy whose own restrictPublicBuckets is an unresolved parameter',
      resource: tplBucket({
        policy: policy(allow()),
        publicAccessBlock: { ...OFF, restrictPublicBuckets: unknown('parameter Restrict has no value') },
      }),
      message: /Restrict has no value/,
    },
  ],
});
