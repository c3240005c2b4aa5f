import {
  allTri,
  anyTri,
  boolValues,
  conditionEntries,
  deniesEveryone,
  type Tri,
} from '../../../analysis/iam-policy.js';
import { bucketObjectPatterns } from '../../../analysis/s3-bucket.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const ACTIONS = ['s3:GetObject', 's3:PutObject'];

/**
 * The statement's only condition is `aws:SecureTransport` = false. Any further condition
 * is ANDed with it and would leave some plain-HTTP requests allowed.
 */
function onlyWhenInsecure(st: PolicyStatement): Tri {
  const entries = conditionEntries(st);
  const c = entries[0];
  if (entries.length !== 1 || !c || c.base !== 'Bool' || c.qualifier || c.key !== 'aws:securetransport') return false;
  const values = boolValues(c.values);
  return isUnknown(values) ? values : values.includes(false);
}

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-deny-insecure-transport',
    title: 'S3 bucket policy refuses requests that do not use TLS',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(i)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-ssl-requests-only'],
    rationale:
      'S3 answers plain HTTP as well as HTTPS. Unless the bucket policy denies requests where aws:SecureTransport ' +
      'is false, a misconfigured client can send or fetch ePHI unencrypted and unauthenticated on the wire, which ' +
      'transmission security (164.312(e)) is there to prevent.',
    remediation: {
      text: 'Add a bucket policy statement that denies s3:* on the bucket and its objects to every principal when aws:SecureTransport is false.',
      cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
      terraform:
        'data "aws_iam_policy_document" "tls_only" {\n  statement {\n    sid     = "DenyInsecureTransport"\n    effect  = "Deny"\n    actions = ["s3:*"]\n    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = data.aws_iam_policy_document.tls_only.json\n}',
      cloudformation:
        'BucketPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: DenyInsecureTransport\n          Effect: Deny\n          Principal: "*"\n          Action: "s3:*"\n          Resource:\n            - !GetAtt Bucket.Arn\n            - !Sub "${Bucket.Arn}/*"\n          Condition:\n            Bool:\n              aws:SecureTransport: "false"',
    },
  },
  evaluate(bucket) {
    const policy = bucket.props.policy;
    if (isUnknown(policy)) return unknownResult('policy', policy);
    if (policy === null) return fail('The bucket has no policy, so it accepts requests over plain HTTP.', ev('policy', null));
    const objects = bucketObjectPatterns(bucket);
    const seen = ev('policy.statements', policy.statements);
    const covered = ACTIONS.map((action) => ({
      action,
      denied: anyTri(policy.statements.map((st) => allTri([deniesEveryone(st, action, objects), onlyWhenInsecure(st)]))),
    }));
    const missing = covered.filter((c) => c.denied === false).map((c) => c.action);
    if (missing.length > 0) {
      return fail(`The bucket policy does not deny ${missing.join(' or ')} on the bucket's objects over plain HTTP.`, seen);
    }
    const open = covered.find((c) => isUnknown(c.denied));
    if (open && isUnknown(open.denied)) {
      return notAssessed(`whether the policy denies ${open.action} over plain HTTP depends on an unknown value: ${open.denied.$unknown}`, seen);
    }
    return pass('The bucket policy denies object reads and writes that do not use TLS.', seen);
  },
});
