import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-kms-encryption',
    title: 'CloudTrail trail encrypts its log files with a KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)', '164.312(b)'],
    resourceTypes: ['AWS::CloudTrail::Trail'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudtrail-kms-encryption'],
    rationale:
      'Trail logs name the principals, buckets and object keys involved in every access, and object keys often ' +
      'carry patient identifiers. SSE-KMS (CloudTrail accepts only customer-managed keys) means reading the logs ' +
      'needs kms:Decrypt on a key the security team controls, not just s3:GetObject on the log bucket.',
    remediation: {
      text: 'Create a customer-managed KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, and set it on the trail.',
      cli: 'aws cloudtrail update-trail --name TRAIL --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_cloudtrail" "this" {\n  # ...\n  kms_key_id = aws_kms_key.trail.arn\n}',
      cloudformation: 'KMSKeyId: !GetAtt TrailKey.Arn',
    },
  },
  evaluate(trail) {
    const key = trail.props.kmsKeyId;
    if (isUnknown(key)) return unknownResult('kmsKeyId', key);
    const seen = ev('kmsKeyId', key);
    if (key === null) return fail('Log files are encrypted with SSE-S3 only; no KMS key is set.', seen);
    return pass('Log files are encrypted with a customer-managed KMS key.', seen);
  },
});
