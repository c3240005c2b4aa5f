import { anyTri } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-version-lifecycle-policy',
    title: 'Versioned S3 bucket has a lifecycle policy',
    severity: 'low',
    hipaa: ['164.310(d)(2)(iv)', '164.308(a)(7)(ii)(A)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-version-lifecycle-policy'],
    rationale:
      'Versioning keeps every overwritten and deleted object version, indefinitely and at full price, until a ' +
      'lifecycle rule says otherwise. A versioned bucket without one either grows until someone deletes versions ' +
      'by hand (risking the copies recovery depends on) or keeps ePHI longer than the retention schedule allows.',
    remediation: {
      text: 'Add an enabled lifecycle rule that transitions or expires noncurrent versions after the retention the data needs (six years for audit records), and cleans up incomplete multipart uploads.',
      cli: 'aws s3api put-bucket-lifecycle-configuration --bucket BUCKET --lifecycle-configuration \'{"Rules":[{"ID":"noncurrent","Status":"Enabled","Filter":{},"NoncurrentVersionTransitions":[{"NoncurrentDays":30,"StorageClass":"GLACIER"}],"NoncurrentVersionExpiration":{"NoncurrentDays":2192}}]}\'',
      terraform:
        'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "noncurrent"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_transition {\n      noncurrent_days = 30\n      storage_class   = "GLACIER"\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 2192\n    }\n  }\n}',
      cloudformation:
        'LifecycleConfiguration:\n  Rules:\n    - Id: noncurrent\n      Status: Enabled\n      NoncurrentVersionTransitions:\n        - StorageClass: GLACIER\n          TransitionInDays: 30\n      NoncurrentVersionExpiration:\n        NoncurrentDays: 2192',
    },
  },
  evaluate(bucket) {
    const { versioning, lifecycleRules: rules } = bucket.props;
    if (isUnknown(versioning)) return unknownResult('versioning', versioning);
    // Only versioned buckets accumulate versions.
    if (versioning !== 'Enabled') return null;
    if (isUnknown(rules)) return unknownResult('lifecycleRules', rules);
    const evidence = [ev('versioning', versioning), ev('lifecycleRules', rules)];
    const enabled = anyTri(rules.map((r) => r.enabled));
    if (enabled === true) return pass('The versioned bucket has an enabled lifecycle rule.', ...evidence);
    if (isUnknown(enabled)) return notAssessed(`whether a lifecycle rule is enabled is unknown: ${enabled.$unknown}`, ...evidence);
    return fail(rules.length === 0 ? 'The versioned bucket has no lifecycle policy.' : 'The versioned bucket\'s lifecycle rules are all disabled.', ...evidence);
  },
});
