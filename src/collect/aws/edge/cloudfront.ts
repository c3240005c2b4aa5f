import {
  type DistributionSummary,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-cloudfront';
import type { CloudFrontBehavior } from '../../../model/aws/edge-cdn.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';
import { dedupe } from './shared.js';

/**
 * CloudFront distributions, a global service called once in the home region. The listing
 * carries behaviours, certificate and web ACL; standard logging is only in the full config.
 */
const permissions = {
  'cloudfront:ListDistributions': 'cloudfront:ListDistributions',
  'cloudfront:GetDistributionConfig': 'cloudfront:GetDistributionConfig',
  'cloudfront:ListTagsForResource': 'cloudfront:ListTagsForResource',
};

const DIST = 'AWS::CloudFront::Distribution';

export const cloudfrontCollector: ServiceCollector = {
  service: 'cloudfront',
  types: [DIST],
  permissions,
  collect: (ctx) => collectAll(ctx),
};

async function collectAll(ctx: AwsContext): Promise<void> {
  const region = ctx.homeRegion;
  const listing = await ctx.list(
    'cloudfront',
    region,
    (Marker) => new ListDistributionsCommand({ Marker, MaxItems: 1000 }),
    (o) => o.DistributionList?.Items,
    (o) => (o.DistributionList?.IsTruncated ? o.DistributionList.NextMarker : undefined),
  );
  ctx.listed(DIST, 'cloudfront', region, listing.failure, false);
  await ctx.forEach(listing.items, (d) => collectDistribution(ctx, region, d, listing.calls));
}

async function collectDistribution(ctx: AwsContext, region: string, d: DistributionSummary, listCalls: string[]): Promise<void> {
  const { Id, ARN } = d;
  if (!Id || !ARN) return;
  const [config, tags] = await Promise.all([
    ctx.call('cloudfront', region, new GetDistributionConfigCommand({ Id })),
    ctx.call('cloudfront', region, new ListTagsForResourceCommand({ Resource: ARN })),
  ]);
  if (!config.ok && config.failure.code === 'NoSuchDistribution') return;
  const behaviors: CloudFrontBehavior[] = [
    { pathPattern: '*', viewerProtocolPolicy: d.DefaultCacheBehavior?.ViewerProtocolPolicy ?? unknown('cloudfront:ListDistributions returned no default ViewerProtocolPolicy') },
    ...(d.CacheBehaviors?.Items ?? []).map((b) => ({
      pathPattern: b.PathPattern ?? unknown('cloudfront:ListDistributions returned a behaviour without PathPattern'),
      viewerProtocolPolicy: b.ViewerProtocolPolicy ?? unknown('cloudfront:ListDistributions returned a behaviour without ViewerProtocolPolicy'),
    })),
  ];
  const cert = d.ViewerCertificate ?? {};
  const usesDefault = cert.CloudFrontDefaultCertificate === true || (!cert.ACMCertificateArn && !cert.IAMCertificateId);
  ctx.add({
    provider: 'aws',
    type: DIST,
    id: ARN,
    name: d.DomainName ?? Id,
    account: ctx.account,
    region: 'global',
    tags: known(tags, (o) => tagRecord(o.Tags?.Items, (t) => t.Key, (t) => t.Value)),
    props: {
      enabled: d.Enabled ?? unknown('cloudfront:ListDistributions returned no Enabled'),
      aliases: d.Aliases?.Items ?? [],
      behaviors,
      usesDefaultCertificate: usesDefault,
      // With the cloudfront.net certificate CloudFront applies TLSv1 whatever is set.
      minimumProtocolVersion: usesDefault ? 'TLSv1' : (cert.MinimumProtocolVersion ?? 'TLSv1'),
      certificate: cert.ACMCertificateArn ?? cert.IAMCertificateId ?? null,
      logging: known(config, (o) => {
        const l = o.DistributionConfig?.Logging;
        return l?.Enabled ? { bucket: l.Bucket ?? '', prefix: l.Prefix || null } : null;
      }),
      webAclId: d.WebACLId || null,
    },
    origin: { kind: 'live', calls: dedupe([...listCalls, config.call, tags.call]) },
    refs: dedupe([ARN, Id, ...(d.DomainName ? [d.DomainName] : [])]),
  });
}
