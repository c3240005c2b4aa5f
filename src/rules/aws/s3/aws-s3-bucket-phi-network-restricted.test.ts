import { normalizePolicy, type PolicyDocument } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-phi-network-restricted.js';

const PHI = { 'data-classification': 'phi' };
const doc = (...Statement: object[]) => normalizePolicy({ Version: '2012-10-17', Statement }) as PolicyDocument;
const bucket = (policy: unknown, tags: Record<string, string> = PHI) =>
  resource('AWS::S3::Bucket', { policy: policy as PolicyDocument }, { tags, id: 'arn:aws:s3:::phi-records', refs: ['phi-records', 'arn:aws:s3:::phi-records'] });
const deny = (Condition: object, Action: unknown = 's3:*') => ({
  Sid: 'DenyOutsideNetwork',
  Effect: 'Deny',
  Principal: '*',
  Action,
  Resource: ['arn:aws:s3:::phi-records', 'arn:aws:s3:::phi-records/*'],
  Condition,
});

ruleTester(rule, {
  pass: [
    { name: 'only through the VPC endpoint', resource: bucket(doc(deny({ StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } }))), message: /approved networks/ },
    {
      name: 'the endpoint or the office range, with a break-glass role exempt',
      resource: bucket(doc(deny({ StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' }, NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/break-glass' } }))),
    },
  ],
  fail: [
    { name: 'no policy', resource: bucket(null), message: /no policy/ },
    { name: 'a TLS-only policy says nothing about networks', resource: bucket(doc(deny({ Bool: { 'aws:SecureTransport': 'false' } }))), message: /s3:GetObject or s3:PutObject/ },
    { name: 'the "range" is the whole internet', resource: bucket(doc(deny({ NotIpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }))) },
    { name: 'reads are restricted, writes are not', resource: bucket(doc(deny({ StringNotEquals: { 'aws:SourceVpc': 'vpc-0a1b2c3d' } }, 's3:GetObject'))), message: /s3:PutObject/ },
    { name: 'the Deny is also narrowed to one user agent', resource: bucket(doc(deny({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' }, StringLike: { 'aws:UserAgent': '*boto*' } }))) },
  ],
  not_assessed: [
    { name: 'the policy could not be read', resource: bucket(unknown('AccessDenied on s3:GetBucketPolicy')), message: /AccessDenied/ },
    { name: 'the endpoint id is an unresolved parameter', resource: bucket(doc(deny({ StringNotEquals: { 'aws:SourceVpce': unknown('parameter S3Endpoint has no value') } }))), message: /S3Endpoint/ },
  ],
  not_applicable: [{ name: 'a bucket outside PHI scope', resource: bucket(null, {}) }],
});
