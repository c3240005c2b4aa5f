import { normalizePolicy, type PolicyDocument } from '../../../model/aws/policy.js';
import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-deny-insecure-transport.js';

const policy = (...Statement: object[]) => normalizePolicy({ Version: '2012-10-17', Statement }) as PolicyDocument;
const BUCKET = 'arn:aws:s3:::phi-records';
const insecure = { Bool: { 'aws:SecureTransport': 'false' } };
const deny = (extra: object = {}) => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [BUCKET, `${BUCKET}/*`],
  Condition: insecure,
  ...extra,
});
const withPolicy = (...statements: object[]) => resource('AWS::S3::Bucket', { policy: policy(...statements) });

ruleTester(rule, {
  pass: [
    { name: 'a Deny of s3:* on the bucket and its objects when SecureTransport is false', resource: withPolicy(deny()) },
    {
      name: 'GetObject and PutObject denied in separate statements to AWS "*"',
      resource: withPolicy(
        deny({ Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }),
        deny({ Principal: { AWS: ['*'] }, Action: ['s3:PutObject'], Resource: `${BUCKET}/*` }),
      ),
    },
    {
      name: 'a NotAction Deny that leaves out only a bucket-level action',
      resource: withPolicy(deny({ Action: undefined, NotAction: 's3:GetBucketLocation' })),
    },
    {
      name: 'a wildcard resource that spans the bucket name',
      resource: withPolicy(deny({ Resource: 'arn:aws:s3:::phi-*/*', Action: 's3:*Object' })),
    },
    {
      name: 'the condition value written as "False" and the operator as BoolIfExists',
      resource: withPolicy(deny({ Condition: { BoolIfExists: { 'aws:SecureTransport': 'False' } } })),
    },
    {
      name: 'a template policy naming the bucket by reference',
      resource: resource(
        'AWS::S3::Bucket',
        {
          bucketName: unknown('BucketName not given'),
          policy: policy(deny({ Resource: [iacRef('template.yaml', 'Bucket'), `${iacRef('template.yaml', 'Bucket')}/*`] })),
        },
        { id: 'template.yaml#Bucket', origin: iacOrigin('Bucket'), refs: [iacRef('template.yaml', 'Bucket')] },
      ),
    },
    {
      name: 'a template policy building the ARN from the bucket name reference',
      resource: resource(
        'AWS::S3::Bucket',
        {
          bucketName: unknown('BucketName not given'),
          policy: policy(deny({ Resource: `arn:aws:s3:::${iacRef('template.yaml', 'Bucket')}/*` })),
        },
        { id: 'template.yaml#Bucket', origin: iacOrigin('Bucket'), refs: [iacRef('template.yaml', 'Bucket')] },
      ),
    },
  ],
  fail: [
    { name: 'no bucket policy at all', resource: resource('AWS::S3::Bucket', { policy: null }), message: /no policy/ },
    {
      name: 'only an Allow that requires TLS, which other grants can bypass',
      resource: withPolicy(deny({ Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
    },
    {
      name: 'a Deny of GetObject only',
      resource: withPolicy(deny({ Action: 's3:GetObject' })),
      message: /s3:PutObject/,
    },
    {
      name: 'a Deny that covers the bucket but not its objects',
      resource: withPolicy(deny({ Resource: BUCKET })),
    },
    {
      name: 'a Deny limited to one prefix of the objects',
      resource: withPolicy(deny({ Resource: `${BUCKET}/reports/*` })),
    },
    {
      name: 'a Deny for one named role only',
      resource: withPolicy(deny({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } })),
    },
    {
      name: 'a Deny with NotPrincipal, which spares the listed principals',
      resource: withPolicy(deny({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/app' } })),
    },
    {
      name: 'a further condition narrows the Deny to requests from outside one endpoint',
      resource: withPolicy(
        deny({ Condition: { ...insecure, StringNotEquals: { 'aws:SourceVpce': 'vpce-1234' } } }),
      ),
    },
    {
      name: 'a NotAction Deny that leaves out PutObject',
      resource: withPolicy(deny({ Action: undefined, NotAction: ['s3:Put*'] })),
      message: /s3:PutObject/,
    },
    {
      name: 'a NotResource Deny that spares part of the objects',
      resource: withPolicy(deny({ Resource: undefined, NotResource: `${BUCKET}/public/*` })),
    },
    {
      name: 'a TLS version minimum alone, which does not catch plain HTTP',
      resource: withPolicy(deny({ Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } })),
    },
  ],
  not_assessed: [
    {
      name: 'the policy could not be read',
      resource: resource('AWS::S3::Bucket', { policy: unknown('AccessDenied on s3:GetBucketPolicy') }),
      message: /AccessDenied/,
    },
    {
      name: 'the Deny names its resource through an unresolved parameter',
      resource: withPolicy(deny({ Resource: unknown('parameter BucketArn has no value') })),
      message: /BucketArn/,
    },
    {
      name: 'the SecureTransport value is unresolved',
      resource: withPolicy(deny({ Condition: { Bool: { 'aws:SecureTransport': unknown('parameter Flag has no value') } } })),
      message: /Flag/,
    },
  ],
});
