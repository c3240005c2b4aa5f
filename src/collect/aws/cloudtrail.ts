import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { CloudTrailTrailProps } from '../../model/aws/cloudtrail.js';
import { normalizeEventSelectors, normalizeS3DataEvents } from '../../model/aws/cloudtrail-selectors.js';
import { type Known, unknown } from '../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from './context.js';

const permissions = {
  'cloudtrail:DescribeTrails': 'cloudtrail:DescribeTrails',
  'cloudtrail:GetTrailStatus': 'cloudtrail:GetTrailStatus',
  'cloudtrail:GetEventSelectors': 'cloudtrail:GetEventSelectors',
  'cloudtrail:ListTags': 'cloudtrail:ListTags',
};

export const cloudTrailCollector: ServiceCollector = {
  service: 'cloudtrail',
  types: ['AWS::CloudTrail::Trail'],
  permissions,
  collect,
};

interface Seen {
  trail: Trail & { TrailARN: string };
  /** The region whose listing showed it first, when the trail names no home region. */
  listedIn: string;
  calls: string[];
}

async function collect(ctx: AwsContext): Promise<void> {
  // With shadow trails included, every region lists the multi-region and organization
  // trails that apply to it, not only those created there. A trail seen in several regions
  // is one trail: its ARN is the identity.
  const trails = new Map<string, Seen>();
  await ctx.forEachRegion(async (region) => {
    const res = await ctx.call('cloudtrail', region, new DescribeTrailsCommand({ includeShadowTrails: true }));
    ctx.listed('AWS::CloudTrail::Trail', 'cloudtrail', region, res.ok ? undefined : res.failure);
    if (!res.ok) return;
    for (const trail of res.value.trailList ?? []) {
      if (!trail.TrailARN || trails.has(trail.TrailARN)) continue;
      trails.set(trail.TrailARN, { trail: { ...trail, TrailARN: trail.TrailARN }, listedIn: region, calls: [res.call] });
    }
  });
  // Sorted so the output does not depend on which region answered first.
  const seen = [...trails.values()].sort((a, b) => a.trail.TrailARN.localeCompare(b.trail.TrailARN));
  await ctx.forEach(seen, (s) => collectTrail(ctx, s));
}

async function collectTrail(ctx: AwsContext, { trail, listedIn, calls }: Seen): Promise<void> {
  const arn = trail.TrailARN;
  // Status, selectors and tags are answered by the trail's home region only.
  const home = trail.HomeRegion ?? listedIn;
  const [status, selectors, tagging] = await Promise.all([
    ctx.call('cloudtrail', home, new GetTrailStatusCommand({ Name: arn })),
    ctx.call('cloudtrail', home, new GetEventSelectorsCommand({ TrailName: arn })),
    ctx.call('cloudtrail', home, new ListTagsCommand({ ResourceIdList: [arn] })),
  ]);
  const name = trail.Name ?? arn.slice(arn.lastIndexOf('/') + 1);
  const props: CloudTrailTrailProps = {
    trailName: name,
    isMultiRegion: trail.IsMultiRegionTrail ?? false,
    isOrganizationTrail: trail.IsOrganizationTrail ?? false,
    isLogging: known(status, (out) => out.IsLogging ?? unknown('cloudtrail:GetTrailStatus returned no IsLogging')),
    logFileValidation: trail.LogFileValidationEnabled ?? false,
    kmsKeyId: trail.KmsKeyId ?? null,
    cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn ?? null,
    s3BucketName: trail.S3BucketName ?? unknown('cloudtrail:DescribeTrails returned no S3BucketName'),
    s3KeyPrefix: trail.S3KeyPrefix || null,
    homeRegion: home,
    s3DataEvents: known(selectors, (out) => normalizeS3DataEvents(out.EventSelectors, out.AdvancedEventSelectors)),
    eventSelectors: known(selectors, (out) => normalizeEventSelectors(out.EventSelectors, out.AdvancedEventSelectors)),
  };
  const tags: Known<Record<string, string>> = known(tagging, (out) => {
    const entry = out.ResourceTagList?.find((r) => r.ResourceId === arn) ?? out.ResourceTagList?.[0];
    return tagRecord(entry?.TagsList, (t) => t.Key, (t) => t.Value);
  });
  ctx.add({
    provider: 'aws',
    type: 'AWS::CloudTrail::Trail',
    id: arn,
    name,
    // An organization trail seen from a member account lives in the management account,
    // yet it is this account's trail too: it is reported under the scanned account so
    // "does a trail cover this account" finds it. Its ARN still names the owner.
    account: ctx.account,
    region: home,
    tags,
    props,
    origin: { kind: 'live', calls: [...calls, status.call, selectors.call, tagging.call] },
    refs: [name, arn],
  });
}
