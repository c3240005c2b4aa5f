import { selectorCoversBucket, trailSeesRegionOf } from '../../../analysis/cloudtrail.js';
import { allTri } from '../../../analysis/iam-policy.js';
import { s3PrefixCoverage, s3PrefixTouches } from '../../../analysis/s3-bucket.js';
import { sourceKindOf } from '../../../model/origin.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

const HALVES = { All: ['read', 'write'], ReadOnly: ['read'], WriteOnly: ['write'] } as const;

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-s3-data-events-phi-buckets',
    title: 'CloudTrail records object-level reads and writes on PHI buckets',
    severity: 'high',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudtrail-s3-data-events', 'gap-aws-cloudtrail-phi-data-events'],
    rationale:
      'Management events show who changed a bucket, not who read or wrote the records in it. Only S3 data events ' +
      '(GetObject, PutObject, DeleteObject…) record each access to ePHI with the caller\'s identity, which audit ' +
      'controls (164.312(b)) and information system activity review (164.308(a)(1)(ii)(D)) depend on.',
    remediation: {
      text: 'Add an S3 data-event selector (read and write) for this bucket, or for all buckets, to a logging multi-region trail.',
      cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3:::BUCKET/"]}]}]\'',
      terraform:
        'resource "aws_cloudtrail" "main" {\n  # ...\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["${aws_s3_bucket.phi.arn}/"]\n    }\n  }\n}',
      cloudformation:
        'EventSelectors:\n  - ReadWriteType: All\n    IncludeManagementEvents: true\n    DataResources:\n      - Type: AWS::S3::Object\n        Values:\n          - !Sub "${PhiBucket.Arn}/"',
    },
  },
  evaluate(bucket, ctx) {
    if (!ctx.isPhi(bucket)) return null;
    const listing = ctx.list('AWS::CloudTrail::Trail', bucket);
    const logged = new Map<'read' | 'write', string>();
    const notes: string[] = [];
    let open: string | undefined;
    // Declared trails whose selectors reach this bucket (name it, all buckets, or exclude it).
    const reaching: string[] = [];
    for (const trail of listing.resources) {
      const { isLogging, s3DataEvents } = trail.props;
      if (isLogging === false) {
        notes.push(`${trail.name} is not logging`);
        continue;
      }
      if (isUnknown(s3DataEvents)) {
        open ??= `trail ${trail.name}: s3DataEvents is unknown: ${s3DataEvents.$unknown}`;
        continue;
      }
      const region = trailSeesRegionOf(trail, bucket);
      if (region === false) {
        notes.push(`${trail.name} records another region only`);
        continue;
      }
      const reaches = s3DataEvents.some(
        (sel) =>
          sel.resources.some((v) => typeof v === 'string' && s3PrefixCoverage(v, bucket) !== 'none') ||
          sel.excluded.some((v) => typeof v === 'string' && s3PrefixTouches(v, bucket)),
      );
      if (reaches && isLogging === true && region === true) reaching.push(trail.name);
      for (const sel of s3DataEvents) {
        const covers = allTri([isLogging, region, selectorCoversBucket(sel, bucket)]);
        if (isUnknown(covers)) open ??= `trail ${trail.name}: ${covers.$unknown}`;
        if (covers !== true) continue;
        for (const h of HALVES[sel.readWrite]) if (!logged.has(h)) logged.set(h, trail.name);
      }
      if (![...logged.values()].includes(trail.name) && s3DataEvents.length > 0) {
        notes.push(`${trail.name}'s selectors do not cover the whole bucket`);
      }
    }
    const evidence = [
      ev('trails', listing.resources.map((t) => t.name)),
      ev('logged', Object.fromEntries(logged)),
      ...(listing.complete ? [] : [ev('trails.complete', false)]),
    ];
    if (logged.size === 2) {
      return pass(`Object reads and writes on the bucket are recorded (trail ${[...new Set(logged.values())].join(', ')}).`, ...evidence);
    }
    if (open) return notAssessed(open, ...evidence);
    const partly = logged.size === 1 ? `only object ${[...logged.keys()][0]}s are recorded` : 'no logging trail records its object-level events';
    // Templates never list every trail, but a trail they declare that selects this bucket and
    // still misses reads or writes is a decision made in the scanned code, not a gap in view.
    if (!listing.complete && reaching.length > 0 && sourceKindOf(bucket.origin) !== 'live') {
      const declared = `the trails declared for it (${reaching.join(', ')})`;
      const what = logged.size === 1 ? `only object ${[...logged.keys()][0]}s are recorded by ${declared}` : `${declared} do not record its object-level events`;
      return fail(`For this PHI bucket ${what}; trails outside the scanned files were not seen.`, ...evidence);
    }
    if (!listing.complete) return notAssessed(`for this PHI bucket ${partly}, and the trail list is incomplete: ${listing.reason}`, ...evidence);
    if (logged.size === 1) {
      const missing = logged.has('read') ? 'writes (WriteOnly)' : 'reads (ReadOnly)';
      return fail(`For this PHI bucket ${partly}; object ${missing} are not.`, ...evidence);
    }
    const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    return fail(`No logging trail records object-level events for this PHI bucket${why}.`, ...evidence);
  },
});
