import { ListLoggingConfigurationsCommand, ListTagsForResourceCommand, ListWebACLsCommand, type Scope, type WebACLSummary } from '@aws-sdk/client-wafv2';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';
import { dedupe } from './shared.js';

/**
 * WAFv2 web ACLs: REGIONAL ones in every region, CLOUDFRONT ones through us-east-1 where
 * WAF keeps them. Logging comes from one ListLoggingConfigurations per scope and region.
 */
const permissions = {
  'wafv2:ListWebACLs': 'wafv2:ListWebACLs',
  'wafv2:ListLoggingConfigurations': 'wafv2:ListLoggingConfigurations',
  'wafv2:ListTagsForResource': 'wafv2:ListTagsForResource',
};

const ACL = 'AWS::WAFv2::WebACL';
const CLOUDFRONT_REGION = 'us-east-1';

export const wafv2Collector: ServiceCollector = {
  service: 'wafv2',
  types: [ACL],
  permissions,
  collect: async (ctx) => {
    await Promise.all([
      ctx.forEachRegion((region) => collectScope(ctx, region, 'REGIONAL')),
      collectScope(ctx, ctx.partition === 'aws' ? CLOUDFRONT_REGION : ctx.homeRegion, 'CLOUDFRONT'),
    ]);
  },
};

async function collectScope(ctx: AwsContext, region: string, Scope: Scope): Promise<void> {
  const [acls, logging] = await Promise.all([
    ctx.list('wafv2', region, (NextMarker) => new ListWebACLsCommand({ Scope, Limit: 100, NextMarker }), (o) => o.WebACLs, (o) => o.NextMarker),
    ctx.list('wafv2', region, (NextMarker) => new ListLoggingConfigurationsCommand({ Scope, Limit: 100, NextMarker }), (o) => o.LoggingConfigurations, (o) => o.NextMarker),
  ]);
  ctx.listed(ACL, 'wafv2', region, acls.failure, Scope === 'REGIONAL');
  const byAcl = new Map<string, string[]>();
  for (const l of logging.items) if (l.ResourceArn) byAcl.set(l.ResourceArn, l.LogDestinationConfigs ?? []);
  const calls = [...acls.calls, ...logging.calls];
  await ctx.forEach(acls.items, async (acl: WebACLSummary) => {
    if (!acl.ARN) return;
    const tags = await ctx.call('wafv2', region, new ListTagsForResourceCommand({ ResourceARN: acl.ARN }));
    if (!tags.ok && tags.failure.code === 'WAFNonexistentItemException') return;
    // A partial list of logging configurations cannot say an ACL has none.
    const destinations: Known<string[] | null> = byAcl.get(acl.ARN) ?? (logging.failure ? unknown(logging.failure.reason) : null);
    ctx.add({
      provider: 'aws',
      type: ACL,
      id: acl.ARN,
      name: acl.Name ?? acl.ARN,
      account: ctx.account,
      region: Scope === 'CLOUDFRONT' ? 'global' : region,
      tags: known(tags, (o) => tagRecord(o.TagInfoForResource?.TagList, (t) => t.Key, (t) => t.Value)),
      props: { name: acl.Name ?? acl.ARN, scope: Scope, logDestinations: destinations },
      origin: { kind: 'live', calls: dedupe([...calls, tags.call]) },
      refs: dedupe([acl.ARN, ...(acl.Id ? [acl.Id] : [])]),
    });
  });
}
