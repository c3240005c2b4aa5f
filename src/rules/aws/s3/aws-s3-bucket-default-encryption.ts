import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-default-encryption',
    title: 'S3 bucket encrypts objects at rest by default',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-default-encryption'],
    rationale:
      'ePHI at rest must be encrypted (addressable specification 164.312(a)(2)(iv)). S3 applies SSE-S3 to new ' +
      'objects when nothing else is configured; a bucket that declares no algorithm, or one that S3 does not ' +
      'recognise, leaves the protection of stored records to chance.',
    remediation: {
      text: 'Set default encryption on the bucket, preferably SSE-KMS with a customer-managed key.',
      cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
      terraform:
        'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.phi.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
      cloudformation:
        'BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n        KMSMasterKeyID: !GetAtt PhiKey.Arn\n      BucketKeyEnabled: true',
    },
  },
  evaluate(bucket) {
    const enc = bucket.props.encryption;
    if (isUnknown(enc)) return unknownResult('encryption', enc);
    if (isUnknown(enc.algorithm)) return unknownResult('encryption.algorithm', enc.algorithm);
    const seen = ev('encryption.algorithm', enc.algorithm);
    if (['AES256', 'aws:kms', 'aws:kms:dsse'].includes(enc.algorithm)) {
      return pass(`Objects are encrypted at rest with ${enc.algorithm}.`, seen, ev('encryption.source', enc.source));
    }
    return fail(`Default encryption algorithm "${enc.algorithm}" is not one S3 applies.`, seen);
  },
});
