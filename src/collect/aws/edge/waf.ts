import { ListLoggingConfigurationsCommand, ListTagsForResourceCommand, ListWebACLsCommand, type WebACLSummary } from '@aws-sdk/client-waf';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';
import { dedupe } from './shared.js';

/**
 * WAF Classic global (CloudFront) web ACLs, a global service called once. AWS ended WAF
 * Classic support in September 2025; ACLs left behind still filter, and still need logs.
 */
const permissions = {
  'waf:ListWebACLs': 'waf:ListWebACLs',
  'waf:ListLoggingConfigurations': 'waf:ListLoggingConfigurations',
  'waf:ListTagsForResource': 'waf:ListTagsForResource',
};

const ACL = 'AWS::WAF::WebACL';

export const wafClassicCollector: ServiceCollector = {
  service: 'waf',
  types: [ACL],
  permissions,
  collect: (ctx) => collectAll(ctx),
};

async function collectAll(ctx: AwsContext): Promise<void> {
  const region = ctx.homeRegion;
  const [acls, logging] = await Promise.all([
    ctx.list('waf', region, (NextMarker) => new ListWebACLsCommand({ Limit: 100, NextMarker }), (o) => o.WebACLs, (o) => o.NextMarker),
    ctx.list('waf', region, (NextMarker) => new ListLoggingConfigurationsCommand({ Limit: 100, NextMarker }), (o) => o.LoggingConfigurations, (o) => o.NextMarker),
  ]);
  ctx.listed(ACL, 'waf', region, acls.failure, false);
  const byAcl = new Map<string, string[]>();
  for (const l of logging.items) if (l.ResourceArn) byAcl.set(l.ResourceArn, l.LogDestinationConfigs ?? []);
  await ctx.forEach(acls.items, async (acl: WebACLSummary) => {
    if (!acl.WebACLId) return;
    const arn = `arn:${ctx.partition}:waf::${ctx.account}:webacl/${acl.WebACLId}`;
    const tags = await ctx.call('waf', region, new ListTagsForResourceCommand({ ResourceARN: arn }));
    if (!tags.ok && tags.failure.code === 'WAFNonexistentItemException') return;
    const destinations: Known<string[] | null> = byAcl.get(arn) ?? (logging.failure ? unknown(logging.failure.reason) : null);
    ctx.add({
      provider: 'aws',
      type: ACL,
      id: arn,
      name: acl.Name ?? acl.WebACLId,
      account: ctx.account,
      region: 'global',
      tags: known(tags, (o) => tagRecord(o.TagInfoForResource?.TagList, (t) => t.Key, (t) => t.Value)),
      props: { name: acl.Name ?? acl.WebACLId, scope: 'CLOUDFRONT', logDestinations: destinations },
      origin: { kind: 'live', calls: dedupe([...acls.calls, ...logging.calls, tags.call]) },
      refs: [arn, acl.WebACLId],
    });
  });
}
