import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-log-archive-account',
    title: 'CloudTrail delivers to a bucket in a separate log-archive account',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)', '164.312(c)(1)'],
    resourceTypes: ['AWS::CloudTrail::Trail'],
    // ListBuckets shows which buckets the scanned account owns. A template cannot say which
    // account a bucket it does not declare belongs to, so it can never show a pass.
    sources: ['live'],
    covers: ['gap-aws-cloudtrail-log-archive-account'],
    rationale:
      'Whoever administers an account can delete or rewrite the objects in its buckets. When the trail\'s log ' +
      'files land in the same account as the workloads holding ePHI, one compromised administrator role can erase ' +
      'the record of what it did; a separate log-archive account keeps the audit trail out of its reach.',
    remediation: {
      text: 'Point the trail at a bucket in a dedicated log-archive account (the Control Tower layout), whose bucket policy lets cloudtrail.amazonaws.com write for your accounts and nobody in them delete.',
      cli: 'aws cloudtrail update-trail --name TRAIL --s3-bucket-name LOG_ARCHIVE_BUCKET',
    },
  },
  evaluate(trail, ctx) {
    const name = trail.props.s3BucketName;
    if (isUnknown(name)) return unknownResult('s3BucketName', name);
    const seen = ev('s3BucketName', name);
    const bucket = ctx.lookup('AWS::S3::Bucket', name, trail);
    if (bucket && typeof bucket.account === 'string' && bucket.account === trail.account) {
      return fail(`The trail delivers to ${name}, a bucket of this same account (${bucket.account}).`, seen, ev('bucket.account', bucket.account));
    }
    if (bucket && typeof bucket.account === 'string') {
      return pass(`The trail delivers to ${name}, owned by account ${bucket.account}.`, seen, ev('bucket.account', bucket.account));
    }
    // ListBuckets lists every bucket the account owns: a complete listing without it means
    // another account owns the bucket.
    const buckets = ctx.list('AWS::S3::Bucket', trail);
    if (!buckets.complete) return notAssessed(`${name} was not among the account's buckets, but the bucket list is incomplete: ${buckets.reason}`, seen);
    return pass(`The trail delivers to ${name}, which is not one of this account's buckets: another account holds the log files.`, seen);
  },
});
