import { allTri, anyTri, conditionEntries, deniesEveryone, type Tri, wildcardMatch } from '../../../analysis/iam-policy.js';
import { bucketObjectPatterns } from '../../../analysis/s3-bucket.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { isUnknown, type Known } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const HEADER = 's3:x-amz-server-side-encryption';
const KMS = ['aws:kms', 'aws:kms:dsse'];

function allowsOnlyKms(op: string, v: string): boolean {
  if (op === 'StringNotLike') return !wildcardMatch(v, 'AES256') && KMS.some((k) => wildcardMatch(v, k));
  return KMS.includes(op === 'StringNotEqualsIgnoreCase' ? v.toLowerCase() : v);
}

/**
 * The only condition is "header not aws:kms". A negated operator also holds when the header
 * is missing, so this one statement refuses both SSE-S3 uploads and uploads naming nothing.
 */
function unlessKms(st: PolicyStatement): Tri {
  const entries = conditionEntries(st);
  const c = entries[0];
  if (entries.length !== 1 || !c || c.qualifier || c.key !== HEADER) return false;
  if (!['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike'].includes(c.base)) return false;
  if (c.values.length === 0) return false;
  return allTri(c.values.map((v): Known<boolean> => (isUnknown(v) ? v : allowsOnlyKms(c.base, v))));
}

/** `Null: { header: true }` alone: refuses uploads that omit the header, nothing more. */
function unlessHeaderPresent(st: PolicyStatement): Tri {
  const entries = conditionEntries(st);
  const c = entries[0];
  if (entries.length !== 1 || !c || c.base !== 'Null' || c.key !== HEADER) return false;
  return anyTri(c.values.map((v) => (isUnknown(v) ? v : v.toLowerCase() === 'true')));
}

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-deny-unencrypted-uploads',
    title: 'S3 bucket policy refuses uploads that do not request SSE-KMS',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-s3-deny-non-kms-put'],
    rationale:
      'Default encryption is a setting any administrator can change, and a client can still ask for SSE-S3 on ' +
      'each upload. A bucket policy that denies s3:PutObject unless x-amz-server-side-encryption is aws:kms makes ' +
      'KMS encryption of ePHI a condition of storing it, independent of the default.',
    remediation: {
      text: 'Add a bucket policy statement denying s3:PutObject on the bucket\'s objects to every principal when s3:x-amz-server-side-encryption is not aws:kms (StringNotEquals, which also catches uploads that omit the header).',
      cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyNonKmsUploads","Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::BUCKET/*","Condition":{"StringNotEquals":{"s3:x-amz-server-side-encryption":"aws:kms"}}}]}\'',
      terraform:
        'data "aws_iam_policy_document" "kms_uploads" {\n  statement {\n    sid       = "DenyNonKmsUploads"\n    effect    = "Deny"\n    actions   = ["s3:PutObject"]\n    resources = ["${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "StringNotEquals"\n      variable = "s3:x-amz-server-side-encryption"\n      values   = ["aws:kms"]\n    }\n  }\n}',
      cloudformation:
        'BucketPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: DenyNonKmsUploads\n          Effect: Deny\n          Principal: "*"\n          Action: s3:PutObject\n          Resource: !Sub "${Bucket.Arn}/*"\n          Condition:\n            StringNotEquals:\n              s3:x-amz-server-side-encryption: aws:kms',
    },
  },
  evaluate(bucket) {
    const policy = bucket.props.policy;
    if (isUnknown(policy)) return unknownResult('policy', policy);
    if (policy === null) return fail('The bucket has no policy, so uploads need not request SSE-KMS.', ev('policy', null));
    const objects = bucketObjectPatterns(bucket);
    const denied = (cond: (st: PolicyStatement) => Tri) =>
      anyTri(policy.statements.map((st) => allTri([deniesEveryone(st, 's3:PutObject', objects), cond(st)])));
    const seen = ev('policy.statements', policy.statements);
    const full = denied(unlessKms);
    if (full === true) return pass('The bucket policy denies any upload that does not request SSE-KMS.', seen);
    if (isUnknown(full)) return notAssessed(`whether the policy requires SSE-KMS on upload depends on an unknown value: ${full.$unknown}`, seen);
    if (denied(unlessHeaderPresent) === true) {
      return fail('The bucket policy denies uploads that omit the encryption header, but accepts ones requesting SSE-S3 (AES256).', seen);
    }
    return fail('The bucket policy does not deny s3:PutObject when x-amz-server-side-encryption is not aws:kms.', seen);
  },
});
