import { BLOCK_SETTINGS, effectiveBlockSetting } from '../../../analysis/s3-bucket.js';
import { sourceKindOf } from '../../../model/origin.js';
import { defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-public-access-block',
    title: 'S3 Block Public Access is fully on for the bucket',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(i)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-public-access-block'],
    rationale:
      'A single public ACL or bucket policy statement can expose every record in a bucket. Block Public Access, at ' +
      'the bucket or for the whole account, makes S3 refuse and ignore such grants whoever writes them, so access ' +
      'to ePHI stays limited to those granted it (164.312(a)(1)).',
    remediation: {
      text: 'Turn on all four Block Public Access settings for the bucket (or for the account, which covers every bucket).',
      cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform:
        'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      cloudformation:
        'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  IgnorePublicAcls: true\n  BlockPublicPolicy: true\n  RestrictPublicBuckets: true',
    },
  },
  evaluate(bucket, ctx) {
    // S3 enforces the stricter of the bucket's and the account's setting, one by one.
    const states = BLOCK_SETTINGS.map((s) => ({ setting: s, ...effectiveBlockSetting(bucket, ctx, s) }));
    const evidence = [
      ev('publicAccessBlock', bucket.props.publicAccessBlock),
      ...states.map((s) => ev(`effective.${s.setting}`, s.state === 'on' ? `on (${s.where})` : s.state)),
    ];
    const off = states.filter((s) => s.state === 'off').map((s) => s.setting);
    if (off.length > 0) return fail(`Block Public Access is off for ${off.join(', ')} at both bucket and account.`, ...evidence);
    // A template that writes `false` for a setting opts the bucket out on purpose: only an
    // account-wide block it does not describe could still cover it, which is not the
    // template's doing.
    const pab = bucket.props.publicAccessBlock;
    if (sourceKindOf(bucket.origin) !== 'live' && pab && !isUnknown(pab)) {
      const optedOut = states.filter((s) => s.state === 'unknown' && pab[s.setting] === false).map((s) => s.setting);
      if (optedOut.length > 0) {
        return fail(
          `The template turns Block Public Access off for ${optedOut.join(', ')} at the bucket (only an account-wide block outside the scanned files could cover it).`,
          ...evidence,
        );
      }
    }
    const open = states.find((s) => s.state === 'unknown');
    if (open?.state === 'unknown') return notAssessed(`whether ${open.setting} is in force cannot be settled: ${open.reason}`, ...evidence);
    const where = new Set(states.map((s) => (s.state === 'on' ? s.where : '')));
    const by = where.size > 1 ? 'the bucket and account settings together' : where.has('bucket') ? 'the bucket' : 'the account';
    return pass(`All four Block Public Access settings are on, by ${by}.`, ...evidence);
  },
});
