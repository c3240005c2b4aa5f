import type { PublicAccessBlock } from '../../../model/aws/s3.js';
import type { Origin } from '../../../model/origin.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-account-public-access-block.js';

const tfOrigin = (address: string): Origin => ({ kind: 'iac', format: 'terraform', file: 'main.tf', line: 1, address });

const ALL_ON: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const account = (config: Known<PublicAccessBlock | null>) => resource('AWS::S3::AccountPublicAccessBlock', { config });

ruleTester(rule, {
  pass: [
    { name: 'all four settings on', resource: account(ALL_ON) },
    {
      name: 'a Terraform account block with all four settings on',
      resource: resource('AWS::S3::AccountPublicAccessBlock', {}, {
        id: 'main.tf#aws_s3_account_public_access_block.this',
        account: unknown('not stated'),
        origin: tfOrigin('aws_s3_account_public_access_block.this'),
      }),
    },
  ],
  fail: [
    { name: 'no configuration at all', resource: account(null), message: /no S3 Block Public Access/ },
    {
      name: 'RestrictPublicBuckets off',
      resource: account({ ...ALL_ON, restrictPublicBuckets: false }),
      message: /restrictPublicBuckets/,
    },
    {
      name: 'one setting off and another unresolved',
      resource: account({ ...ALL_ON, blockPublicAcls: false, ignorePublicAcls: unknown('var.ignore has no value') }),
      message: /blockPublicAcls/,
    },
  ],
  not_assessed: [
    {
      name: 'the account setting could not be read',
      resource: account(unknown('AccessDenied on s3control:GetPublicAccessBlock')),
      message: /AccessDenied/,
    },
    {
      name: 'one setting unresolved and the rest on',
      resource: account({ ...ALL_ON, blockPublicPolicy: unknown('var.block_policy has no value') }),
      message: /block_policy/,
    },
  ],
});
