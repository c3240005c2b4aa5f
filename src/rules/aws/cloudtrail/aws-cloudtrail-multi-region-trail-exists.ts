import { allTri } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-multi-region-trail-exists',
    title: 'The account has a logging multi-region CloudTrail trail',
    severity: 'high',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::Account'],
    sources: ['live'],
    covers: ['cloudtrail-enabled', 'cloudtrail-multi-region'],
    rationale:
      'API activity in a region no trail covers goes unrecorded: an intruder can create users, open buckets or ' +
      'launch resources there unseen. One trail that records every region, current and future, is the baseline ' +
      'record of activity that audit controls (164.312(b)) and activity review (164.308(a)(1)(ii)(D)) require.',
    remediation: {
      text: 'Create (or convert an existing trail into) a multi-region trail with logging on, delivering to a dedicated, access-restricted bucket.',
      cli: 'aws cloudtrail create-trail --name account-trail --s3-bucket-name LOG_BUCKET --is-multi-region-trail --enable-log-file-validation --kms-key-id KEY_ARN\naws cloudtrail start-logging --name account-trail',
      terraform:
        'resource "aws_cloudtrail" "account" {\n  name                       = "account-trail"\n  s3_bucket_name             = aws_s3_bucket.trail.id\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n  kms_key_id                 = aws_kms_key.trail.arn\n}',
      cloudformation:
        'AccountTrail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    IsLogging: true\n    IsMultiRegionTrail: true\n    EnableLogFileValidation: true\n    S3BucketName: !Ref TrailBucket\n    KMSKeyId: !GetAtt TrailKey.Arn',
    },
  },
  evaluate(account, ctx) {
    const listing = ctx.list('AWS::CloudTrail::Trail', account);
    let open: string | undefined;
    for (const trail of listing.resources) {
      const ok = allTri([trail.props.isMultiRegion, trail.props.isLogging]);
      if (ok === true) {
        return pass(`Trail ${trail.name} records every region and is logging.`, ev('trail', trail.id), ev('trail.isMultiRegion', true));
      }
      if (isUnknown(ok)) open ??= `trail ${trail.name}: ${ok.$unknown}`;
    }
    const evidence = [
      ev('trails', listing.resources.map((t) => ({ name: t.name, isMultiRegion: t.props.isMultiRegion, isLogging: t.props.isLogging }))),
    ];
    if (open) return notAssessed(open, ...evidence);
    if (!listing.complete) return notAssessed(`no multi-region logging trail was seen, and the trail list is incomplete: ${listing.reason}`, ...evidence);
    const what = listing.resources.length === 0 ? 'The account has no CloudTrail trail' : 'No trail in the account is both multi-region and logging';
    return fail(`${what}.`, ...evidence);
  },
});
