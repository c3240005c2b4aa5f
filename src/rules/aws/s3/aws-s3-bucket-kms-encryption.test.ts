import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-kms-encryption.js';

const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000001`;
const sse = (algorithm: string, kmsKeyId: string | null | ReturnType<typeof unknown>) => ({
  encryption: { algorithm, kmsKeyId, bucketKeyEnabled: true, source: 'declared' as const },
});
const bucket = (algorithm: string, kmsKeyId: string | null | ReturnType<typeof unknown>) =>
  resource('AWS::S3::Bucket', sse(algorithm, kmsKeyId));
const customerKey = resource('AWS::KMS::Key', {}, { id: KEY_ARN, refs: [KEY_ARN, 'alias/phi-data'] });
const awsKey = resource('AWS::KMS::Key', { keyManager: 'AWS', aliases: ['alias/aws/s3'] }, { id: KEY_ARN });

ruleTester(rule, {
  pass: [
    {
      name: 'the key ARN resolves to a customer-managed key in the inventory',
      resource: bucket('aws:kms', KEY_ARN),
      others: [customerKey],
      message: /customer managed/,
    },
    {
      name: 'dual-layer SSE-KMS with a customer-managed key',
      resource: bucket('aws:kms:dsse', KEY_ARN),
      others: [customerKey],
    },
    {
      name: 'a customer alias not in the inventory names a customer-managed key',
      resource: bucket('aws:kms', 'alias/phi-data'),
      message: /customer alias/,
    },
    {
      name: 'a key ARN in another account is customer-managed even when not in the inventory',
      resource: bucket('aws:kms', 'arn:aws:kms:us-east-1:999988887777:key/0b1c2d3e-aaaa-bbbb-cccc-000000000009'),
      message: /another account/,
    },
    {
      name: 'a multi-Region key is customer-managed even when not in the inventory',
      resource: bucket('aws:kms', `arn:aws:kms:${REGION}:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`),
      message: /multi-Region/,
    },
    {
      name: 'a template reference resolves to a key declared in the same template',
      resource: resource('AWS::S3::Bucket', sse('aws:kms', iacRef('template.yaml', 'PhiKey')), {
        id: 'template.yaml#Bucket',
        account: unknown('IaC does not state the account'),
        origin: iacOrigin('Bucket'),
      }),
      others: [
        resource('AWS::KMS::Key', {}, {
          id: 'template.yaml#PhiKey',
          account: unknown('IaC does not state the account'),
          origin: iacOrigin('PhiKey'),
          refs: [iacRef('template.yaml', 'PhiKey')],
        }),
      ],
    },
  ],
  fail: [
    { name: 'SSE-S3 declared', resource: bucket('AES256', null), message: /SSE-S3/ },
    {
      name: "S3's own SSE-S3 default when nothing is configured",
      resource: resource('AWS::S3::Bucket', {
        encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false, source: 's3-default' },
      }),
    },
    { name: 'aws:kms without a key uses the AWS managed aws/s3 key', resource: bucket('aws:kms', null), message: /aws\/s3/ },
    { name: 'the alias name alias/aws/s3', resource: bucket('aws:kms', 'alias/aws/s3'), message: /AWS managed/ },
    {
      name: 'the alias ARN of aws/s3',
      resource: bucket('aws:kms', `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/s3`),
      message: /AWS managed/,
    },
    {
      name: 'the key ARN resolves to an AWS managed key in the inventory',
      resource: bucket('aws:kms', KEY_ARN),
      others: [awsKey],
      message: /AWS managed/,
    },
  ],
  not_assessed: [
    {
      name: 'the encryption call was denied',
      resource: resource('AWS::S3::Bucket', { encryption: unknown('AccessDenied on s3:GetBucketEncryption') }),
      message: /AccessDenied/,
    },
    {
      name: 'the key comes from a parameter without a value',
      resource: bucket('aws:kms', unknown('parameter KeyArn has no value')),
      message: /KeyArn/,
    },
    {
      name: 'a key ARN in the same account that is not in the inventory',
      resource: bucket('aws:kms', KEY_ARN),
      message: /not in the inventory/,
    },
    {
      name: 'a literal key ARN in a template whose account is unknown',
      resource: resource('AWS::S3::Bucket', sse('aws:kms', KEY_ARN), {
        id: 'template.yaml#Bucket',
        account: unknown('IaC does not state the account'),
        origin: iacOrigin('Bucket'),
      }),
      message: /account of bucket-1 is unknown/,
    },
    {
      name: "the key is in the inventory but its manager could not be read",
      resource: bucket('aws:kms', KEY_ARN),
      others: [resource('AWS::KMS::Key', { keyManager: unknown('AccessDenied on kms:DescribeKey') }, { id: KEY_ARN })],
      message: /AccessDenied/,
    },
  ],
});
