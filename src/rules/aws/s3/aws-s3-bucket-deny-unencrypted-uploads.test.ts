import { normalizePolicy, type PolicyDocument } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-deny-unencrypted-uploads.js';

const policy = (...Statement: object[]) => normalizePolicy({ Version: '2012-10-17', Statement }) as PolicyDocument;
const OBJECTS = 'arn:aws:s3:::phi-records/*';
const HEADER = 's3:x-amz-server-side-encryption';
const deny = (Condition: object, extra: object = {}) => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:PutObject',
  Resource: OBJECTS,
  Condition,
  ...extra,
});
const withPolicy = (...statements: object[]) => resource('AWS::S3::Bucket', { policy: policy(...statements) });

ruleTester(rule, {
  pass: [
    {
      name: 'StringNotEquals aws:kms on the header',
      resource: withPolicy(deny({ StringNotEquals: { [HEADER]: 'aws:kms' } })),
    },
    {
      name: 'the usual pair: StringNotEquals aws:kms plus Null true',
      resource: withPolicy(
        deny({ StringNotEquals: { [HEADER]: 'aws:kms' } }),
        deny({ Null: { [HEADER]: 'true' } }),
      ),
    },
    {
      name: 'StringNotLike aws:kms* allowing both KMS forms, on s3:Put*',
      resource: withPolicy(deny({ StringNotLike: { [HEADER]: 'aws:kms*' } }, { Action: 's3:Put*' })),
    },
  ],
  fail: [
    { name: 'no bucket policy', resource: resource('AWS::S3::Bucket', { policy: null }), message: /no policy/ },
    {
      name: 'only Null true, which lets an upload ask for SSE-S3',
      resource: withPolicy(deny({ Null: { [HEADER]: 'true' } })),
      message: /AES256/,
    },
    {
      name: 'StringNotEquals that also accepts AES256',
      resource: withPolicy(deny({ StringNotEquals: { [HEADER]: ['aws:kms', 'AES256'] } })),
    },
    {
      name: 'the Deny is on GetObject, not PutObject',
      resource: withPolicy(deny({ StringNotEquals: { [HEADER]: 'aws:kms' } }, { Action: 's3:GetObject' })),
    },
    {
      name: 'the Deny applies to one named principal only',
      resource: withPolicy(
        deny({ StringNotEquals: { [HEADER]: 'aws:kms' } }, { Principal: { AWS: 'arn:aws:iam::111122223333:role/etl' } }),
      ),
    },
    {
      name: 'a further condition narrows the Deny',
      resource: withPolicy(
        deny({ StringNotEquals: { [HEADER]: 'aws:kms', 'aws:SourceVpce': 'vpce-1234' } }),
      ),
    },
    {
      name: 'only a TLS deny, nothing about encryption',
      resource: withPolicy(deny({ Bool: { 'aws:SecureTransport': 'false' } }, { Action: 's3:*' })),
    },
  ],
  not_assessed: [
    {
      name: 'the policy could not be read',
      resource: resource('AWS::S3::Bucket', { policy: unknown('AccessDenied on s3:GetBucketPolicy') }),
      message: /AccessDenied/,
    },
    {
      name: 'the required algorithm comes from an unresolved parameter',
      resource: withPolicy(deny({ StringNotEquals: { [HEADER]: unknown('parameter Algo has no value') } })),
      message: /Algo/,
    },
  ],
});
