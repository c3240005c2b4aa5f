import { keyManagement } from '../../../analysis/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-kms-encryption',
    title: 'S3 bucket encrypts with a customer-managed KMS key',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-default-encryption-kms', 'gap-aws-phi-store-cmk'],
    rationale:
      'SSE-S3 and the AWS managed aws/s3 key encrypt objects, but anyone the bucket lets read can decrypt. A ' +
      'customer-managed key adds a second, separately governed permission to every read of ePHI, records each ' +
      'use in CloudTrail, and can be disabled to cut off access at once: the control over decryption that ' +
      '164.312(a)(2)(iv) asks of the covered entity.',
    remediation: {
      text: 'Create a customer-managed KMS key for the PHI data and make it the bucket default (SSE-KMS), with an S3 Bucket Key to limit KMS request costs.',
      cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"arn:aws:kms:REGION:ACCOUNT:key/KEY_ID"},"BucketKeyEnabled":true}]}\'',
      terraform:
        'resource "aws_kms_key" "phi" {\n  enable_key_rotation = true\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.phi.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
      cloudformation:
        'PhiKey:\n  Type: AWS::KMS::Key\n  Properties:\n    EnableKeyRotation: true\nBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketEncryption:\n      ServerSideEncryptionConfiguration:\n        - ServerSideEncryptionByDefault:\n            SSEAlgorithm: aws:kms\n            KMSMasterKeyID: !GetAtt PhiKey.Arn\n          BucketKeyEnabled: true',
    },
  },
  evaluate(bucket, ctx) {
    const enc = bucket.props.encryption;
    if (isUnknown(enc)) return unknownResult('encryption', enc);
    if (isUnknown(enc.algorithm)) return unknownResult('encryption.algorithm', enc.algorithm);
    const algo = ev('encryption.algorithm', enc.algorithm);
    if (enc.algorithm !== 'aws:kms' && enc.algorithm !== 'aws:kms:dsse') {
      const what = enc.algorithm === 'AES256' ? 'SSE-S3 (AES256)' : `"${enc.algorithm}"`;
      return fail(`Objects are encrypted with ${what}, not with a customer-managed KMS key.`, algo, ev('encryption.source', enc.source));
    }
    const keyId = enc.kmsKeyId;
    if (isUnknown(keyId)) return unknownResult('encryption.kmsKeyId', keyId);
    const keyEv = ev('encryption.kmsKeyId', keyId);
    if (keyId === null) return fail('Objects are encrypted with the AWS managed key aws/s3, not a customer-managed key.', algo, keyEv);
    const km = keyManagement(keyId, bucket, ctx);
    const evidence = [algo, keyEv, ...(km.key ? [ev('key.keyManager', km.key.props.keyManager)] : [])];
    if (km.manager === 'unknown') return notAssessed(km.reason, ...evidence);
    if (km.manager === 'AWS') return fail(`Objects are encrypted with an AWS managed key: ${km.why}.`, ...evidence);
    return pass(`Objects are encrypted with a customer-managed KMS key: ${km.why}.`, ...evidence);
  },
});
