import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-object-lock',
    title: 'S3 bucket has Object Lock enabled',
    severity: 'low',
    hipaa: ['164.312(c)(1)', '164.308(a)(7)(ii)(A)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-object-lock'],
    rationale:
      'Object Lock keeps object versions from being deleted or overwritten for a retention period, even by an ' +
      'administrator (in compliance mode). For records and audit logs that is the protection against ' +
      'ransomware and insider deletion that integrity (164.312(c)(1)) and backup plans ask for.',
    remediation: {
      text: 'Enable Object Lock (possible on existing buckets with versioning on) and set a default retention suited to the data, in COMPLIANCE mode for audit logs.',
      cli: 'aws s3api put-object-lock-configuration --bucket BUCKET --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":2192}}}\'',
      terraform:
        'resource "aws_s3_bucket" "this" {\n  bucket              = "BUCKET"\n  object_lock_enabled = true\n}\n\nresource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 2192\n    }\n  }\n}',
      cloudformation:
        'ObjectLockEnabled: true\nObjectLockConfiguration:\n  ObjectLockEnabled: Enabled\n  Rule:\n    DefaultRetention:\n      Mode: GOVERNANCE\n      Days: 2192',
    },
  },
  options: z.object({
    /** Require a default retention rule, so objects are locked without each upload asking. */
    requireDefaultRetention: z.boolean().default(false),
    /** Require this retention mode (as AWS Config's parameter does). */
    mode: z.enum(['GOVERNANCE', 'COMPLIANCE']).optional(),
  }),
  evaluate(bucket, ctx) {
    const lock = bucket.props.objectLock;
    if (isUnknown(lock)) return unknownResult('objectLock', lock);
    if (lock === null) return fail('Object Lock is not enabled on the bucket.', ev('objectLock', null));
    const retention = lock.defaultRetention;
    if (isUnknown(retention)) return unknownResult('objectLock.defaultRetention', retention);
    const evidence = [ev('objectLock.defaultRetention', retention)];
    const { requireDefaultRetention, mode } = ctx.options;
    if (retention === null) {
      if (requireDefaultRetention || mode) return fail('Object Lock is enabled but sets no default retention.', ...evidence);
      return pass('Object Lock is enabled (no default retention: uploads set their own).', ...evidence);
    }
    if (mode) {
      if (isUnknown(retention.mode)) return unknownResult('objectLock.defaultRetention.mode', retention.mode);
      if (retention.mode !== mode) return fail(`Default retention is in ${retention.mode} mode, not ${mode}.`, ...evidence);
    }
    return pass('Object Lock is enabled with a default retention.', ...evidence);
  },
});
