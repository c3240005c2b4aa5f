import type { PublicAccessBlock } from '../../../model/aws/s3.js';
import type { Origin } from '../../../model/origin.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-public-access-block.js';

const tfOrigin = (address: string): Origin => ({ kind: 'iac', format: 'terraform', file: 'main.tf', line: 1, address });

const ALL_ON: PublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
const bucketPab = (pab: Partial<PublicAccessBlock> | null) =>
  resource('AWS::S3::Bucket', { publicAccessBlock: pab === null ? null : { ...ALL_ON, ...pab } });
const accountPab = (config: Partial<PublicAccessBlock> | null, origin = {}) =>
  resource('AWS::S3::AccountPublicAccessBlock', { config: config === null ? null : { ...ALL_ON, ...config } }, origin);
const incomplete = [
  {
    provider: 'aws' as const,
    account: ACCOUNT,
    type: 'AWS::S3::AccountPublicAccessBlock' as const,
    complete: false,
    reasons: ['AccessDenied on s3:GetPublicAccessBlock (account)'],
  },
];
const iacBucket = (pab: Partial<PublicAccessBlock> | null) =>
  resource(
    'AWS::S3::Bucket',
    { publicAccessBlock: pab === null ? null : { ...ALL_ON, ...pab } },
    { id: 'main.tf#aws_s3_bucket.phi', account: unknown('not stated'), origin: tfOrigin('aws_s3_bucket.phi') },
  );
const tfAccountPab = (config: Partial<PublicAccessBlock> | null) =>
  resource(
    'AWS::S3::AccountPublicAccessBlock',
    { config: config === null ? null : { ...ALL_ON, ...config } },
    {
      id: 'main.tf#aws_s3_account_public_access_block.this',
      account: unknown('not stated'),
      origin: tfOrigin('aws_s3_account_public_access_block.this'),
    },
  );

ruleTester(rule, {
  pass: [
    { name: 'all four settings on at the bucket', resource: bucketPab({}), message: /by the bucket\./ },
    {
      name: 'no bucket configuration but all four on at the account',
      resource: bucketPab(null),
      others: [accountPab({})],
      message: /by the account/,
    },
    {
      name: 'two settings on at the bucket and the other two at the account',
      resource: bucketPab({ blockPublicPolicy: false, restrictPublicBuckets: false }),
      others: [accountPab({ blockPublicAcls: false, ignorePublicAcls: false })],
      message: /together/,
    },
    {
      name: 'the bucket configuration could not be read but the account blocks everything',
      resource: resource('AWS::S3::Bucket', { publicAccessBlock: unknown('AccessDenied on s3:GetPublicAccessBlock') }),
      others: [accountPab({})],
    },
    {
      name: 'a Terraform bucket without a block, with the account block declared in the scan',
      resource: iacBucket(null),
      others: [tfAccountPab({})],
    },
  ],
  fail: [
    {
      name: 'no bucket configuration and the account has none',
      resource: bucketPab(null),
      others: [accountPab(null)],
      message: /blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets/,
    },
    {
      name: 'the bucket leaves RestrictPublicBuckets off and the account does too',
      resource: bucketPab({ restrictPublicBuckets: false }),
      others: [accountPab({ restrictPublicBuckets: false })],
      message: /off for restrictPublicBuckets at/,
    },
    {
      name: 'a complete listing with no account configuration at all',
      resource: bucketPab({ ignorePublicAcls: false }),
      message: /ignorePublicAcls/,
    },
    {
      name: 'a Terraform bucket without a block and a declared account block that leaves ACLs alone',
      resource: iacBucket(null),
      others: [tfAccountPab({ blockPublicAcls: false })],
      message: /blockPublicAcls/,
    },
    {
      name: 'a CloudFormation bucket that turns two settings off, where the account is never described',
      resource: resource('AWS::S3::Bucket', { publicAccessBlock: { ...ALL_ON, blockPublicPolicy: false, restrictPublicBuckets: false } }, {
        id: 'template.yaml#Bucket',
        account: unknown('not stated'),
        origin: iacOrigin('Bucket'),
      }),
      message: /turns Block Public Access off for blockPublicPolicy, restrictPublicBuckets at the bucket/,
    },
    {
      name: 'a Terraform bucket whose account block is declared in another root module',
      resource: iacBucket({ ignorePublicAcls: false }),
      others: [{ ...tfAccountPab({}), id: 'accounts/main.tf#aws_s3_account_public_access_block.this' }],
      message: /ignorePublicAcls at the bucket/,
    },
  ],
  not_assessed: [
    {
      name: 'the bucket is not fully blocked and the account listing is incomplete',
      resource: bucketPab({ blockPublicPolicy: false }),
      coverage: incomplete,
      message: /AccessDenied/,
    },
    {
      name: 'the account configuration could not be read',
      resource: bucketPab(null),
      others: [resource('AWS::S3::AccountPublicAccessBlock', { config: unknown('AccessDenied on s3control:GetPublicAccessBlock') })],
      message: /s3control/,
    },
    {
      name: 'a CloudFormation bucket without a block, where the account is never described',
      resource: resource('AWS::S3::Bucket', { publicAccessBlock: null }, {
        id: 'template.yaml#Bucket',
        account: unknown('not stated'),
        origin: iacOrigin('Bucket'),
      }),
      message: /infrastructure as code/,
    },
  ],
});
