import { DescribeHubCommand, GetEnabledStandardsCommand } from '@aws-sdk/client-securityhub';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector } from '../context.js';

/**
 * Security Hub, one resource per scanned region. DescribeHub is the listing: it answers
 * InvalidAccessException ("not subscribed") where the hub is not enabled, which is a fact
 * about the region, not a failure to read it.
 */
const permissions = {
  'securityhub:DescribeHub': 'securityhub:DescribeHub',
  'securityhub:GetEnabledStandards': 'securityhub:GetEnabledStandards',
};

export const securityhubCollector: ServiceCollector = {
  service: 'securityhub',
  types: ['AWS::SecurityHub::Hub'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const NOT_ENABLED = new Set(['InvalidAccessException', 'ResourceNotFoundException']);

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const hub = await ctx.call('securityhub', region, new DescribeHubCommand({}));
  const absent = !hub.ok && NOT_ENABLED.has(hub.failure.code);
  if (!hub.ok && !absent) {
    ctx.listed('AWS::SecurityHub::Hub', 'securityhub', region, hub.failure);
    return;
  }
  ctx.listed('AWS::SecurityHub::Hub', 'securityhub', region);
  const arn = (hub.ok && hub.value.HubArn) || `arn:${ctx.partition}:securityhub:${region}:${ctx.account}:hub/default`;
  const calls = [hub.call];
  let standards: string[] | ReturnType<typeof unknown> = [];
  if (!absent) {
    const listing = await ctx.list(
      'securityhub',
      region,
      (NextToken) => new GetEnabledStandardsCommand({ MaxResults: 100, NextToken }),
      (o) => o.StandardsSubscriptions,
      (o) => o.NextToken,
    );
    calls.push(...listing.calls);
    // A subscription being deleted or failed checks nothing.
    standards = listing.failure
      ? unknown(listing.failure.reason)
      : listing.items
          .filter((s) => s.StandardsStatus === 'READY' || s.StandardsStatus === 'PENDING' || s.StandardsStatus === 'INCOMPLETE')
          .map((s) => s.StandardsSubscriptionArn ?? s.StandardsArn ?? '')
          .filter((s) => s !== '');
  }
  ctx.add({
    provider: 'aws',
    type: 'AWS::SecurityHub::Hub',
    id: arn,
    name: absent ? `not enabled (${region})` : `hub (${region})`,
    account: ctx.account,
    region,
    tags: {},
    props: { enabled: known(hub, () => true, { InvalidAccessException: false, ResourceNotFoundException: false }), standards },
    origin: { kind: 'live', calls },
    refs: [arn],
  });
}
