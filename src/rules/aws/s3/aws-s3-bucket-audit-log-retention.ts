import { z } from 'zod';
import type { S3LifecycleRule } from '../../../model/aws/s3.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, type Known } from '../../../model/unknown.js';
import type { RuleContext } from '../../types.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

type Bucket = Resource<'AWS::S3::Bucket'>;

/** A stream of audit logs the bucket receives, and the key prefix it lands under. */
interface LogSource {
  what: string;
  prefix: Known<string>;
}

// Which buckets receive which logs is the same for every bucket of a listing: worked out
// once per listing rather than once per bucket, which would be quadratic in the bucket count.
const receivers = new WeakMap<readonly object[], WeakMap<readonly object[], Map<Bucket, LogSource[]>>>();

function sourcesOf(bucket: Bucket, ctx: RuleContext<{ minRetentionDays: number }>): LogSource[] {
  const trails = ctx.list('AWS::CloudTrail::Trail', bucket).resources;
  const buckets = ctx.list('AWS::S3::Bucket', bucket).resources;
  let byBuckets = receivers.get(trails);
  if (!byBuckets) receivers.set(trails, (byBuckets = new WeakMap()));
  let byTarget = byBuckets.get(buckets);
  if (!byTarget) {
    byTarget = new Map();
    const add = (target: Bucket | undefined, source: LogSource): void => {
      if (!target) return;
      const list = byTarget!.get(target);
      if (list) list.push(source);
      else byTarget!.set(target, [source]);
    };
    for (const trail of trails) {
      const k = trail.props.s3KeyPrefix;
      add(ctx.lookup('AWS::S3::Bucket', trail.props.s3BucketName, trail), {
        what: `CloudTrail trail ${trail.name}`,
        prefix: isUnknown(k) ? k : `${k ? `${k}/` : ''}AWSLogs/`,
      });
    }
    for (const other of buckets) {
      const logging = other.props.logging;
      if (isUnknown(logging) || logging === null) continue;
      add(ctx.lookup('AWS::S3::Bucket', logging.targetBucket, other), { what: `access logs of ${other.name}`, prefix: logging.targetPrefix });
    }
    byBuckets.set(buckets, byTarget);
  }
  return byTarget.get(bucket) ?? [];
}

/** Does the rule reach objects under `prefix`? Log delivery writes untagged objects, so a tag filter never matches them. */
function reaches(rule: S3LifecycleRule, prefix: Known<string>): Known<boolean> {
  if (rule.tagFilter) return false;
  if (isUnknown(rule.prefix)) return rule.prefix;
  if (rule.prefix === '') return true;
  if (isUnknown(prefix)) return prefix;
  return prefix.startsWith(rule.prefix) || rule.prefix.startsWith(prefix);
}

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-audit-log-retention',
    title: 'S3 bucket receiving audit logs keeps them for the required retention period',
    severity: 'medium',
    hipaa: ['164.316(b)(2)(i)', '164.312(b)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-audit-log-retention-6y'],
    rationale:
      'CloudTrail log files and S3 server access logs are the audit record of who touched ePHI. HIPAA ' +
      'documentation is kept six years (164.316(b)(2)(i)); a lifecycle rule that expires those objects sooner ' +
      'deletes the evidence an investigation or an auditor will ask for, silently and on schedule.',
    remediation: {
      text: 'Change the lifecycle rules that reach the log prefixes to transition (for example to Glacier Deep Archive) rather than expire, or to expire only after the minimum (2192 days).',
      cli: 'aws s3api put-bucket-lifecycle-configuration --bucket LOG_BUCKET --lifecycle-configuration \'{"Rules":[{"ID":"archive-logs","Status":"Enabled","Filter":{"Prefix":"AWSLogs/"},"Transitions":[{"Days":90,"StorageClass":"DEEP_ARCHIVE"}],"Expiration":{"Days":2557}}]}\'',
      terraform:
        'resource "aws_s3_bucket_lifecycle_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  rule {\n    id     = "archive-logs"\n    status = "Enabled"\n    filter {\n      prefix = "AWSLogs/"\n    }\n    transition {\n      days          = 90\n      storage_class = "DEEP_ARCHIVE"\n    }\n    expiration {\n      days = 2557\n    }\n  }\n}',
      cloudformation:
        'LifecycleConfiguration:\n  Rules:\n    - Id: archive-logs\n      Status: Enabled\n      Prefix: AWSLogs/\n      Transitions:\n        - StorageClass: DEEP_ARCHIVE\n          TransitionInDays: 90\n      ExpirationInDays: 2557',
    },
  },
  options: z.object({ minRetentionDays: z.number().int().positive().default(2192) }),
  evaluate(bucket, ctx) {
    const sources = sourcesOf(bucket, ctx);
    // Only buckets seen to receive audit logs are judged; others have their own retention needs.
    if (sources.length === 0) return null;
    const rules = bucket.props.lifecycleRules;
    if (isUnknown(rules)) return unknownResult('lifecycleRules', rules);
    const min = ctx.options.minRetentionDays;
    const evidence = [ev('receives', sources.map((s) => s.what)), ev('lifecycleRules', rules), ev('options.minRetentionDays', min)];
    let open: string | undefined;
    for (const rule of rules) {
      const days = rule.expirationDays;
      const date = rule.expirationDate;
      const early = date !== null || (days !== null && (isUnknown(days) || days < min));
      if (!early) continue;
      if (rule.enabled === false) continue;
      for (const source of sources) {
        const hit = reaches(rule, source.prefix);
        const name = rule.id ? `"${rule.id}"` : 'a lifecycle rule';
        if (hit === true && rule.enabled === true && !isUnknown(days) && !isUnknown(date)) {
          const when = date !== null ? `on ${date}` : `after ${days} days`;
          return fail(`Lifecycle rule ${name} expires the ${source.what} ${when}, before the minimum of ${min} days.`, ...evidence);
        }
        const u = [hit, rule.enabled, days, date].find(isUnknown);
        if (hit !== false && u) open ??= `whether rule ${name} expires the ${source.what} early depends on an unknown value: ${u.$unknown}`;
      }
    }
    if (open) return notAssessed(open, ...evidence);
    return pass(`No lifecycle rule expires the audit logs here before ${min} days.`, ...evidence);
  },
});
