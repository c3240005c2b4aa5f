import { DescribeLogGroupsCommand, type LogGroup, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { type AwsContext, known, type ServiceCollector } from './context.js';

/**
 * CloudWatch Logs log groups. Tags come from ListTagsForResource, which replaced the
 * deprecated ListTagsLogGroup and takes the group's ARN.
 */
const permissions = {
  'logs:DescribeLogGroups': 'logs:DescribeLogGroups',
  'logs:ListTagsForResource': 'logs:ListTagsForResource',
};

export const logsCollector: ServiceCollector = {
  service: 'logs',
  types: ['AWS::Logs::LogGroup'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'logs',
    region,
    (nextToken) => new DescribeLogGroupsCommand({ limit: 50, nextToken }),
    (out) => out.logGroups,
    (out) => out.nextToken,
  );
  ctx.listed('AWS::Logs::LogGroup', 'logs', region, listing.failure);
  await ctx.forEach(listing.items, (group) => collectGroup(ctx, region, group, listing.calls));
}

async function collectGroup(ctx: AwsContext, region: string, group: LogGroup, listCalls: string[]): Promise<void> {
  const name = group.logGroupName;
  if (!name) return;
  // DescribeLogGroups' `arn` ends in `:*` (the form IAM policies use for the group's
  // streams); `logGroupArn` is the bare ARN that tagging and other APIs expect. Older
  // compatible endpoints return only the first.
  const arn =
    group.logGroupArn ??
    group.arn?.replace(/:\*$/, '') ??
    `arn:${ctx.partition}:logs:${region}:${ctx.account}:log-group:${name}`;
  const tagging = await ctx.call('logs', region, new ListTagsForResourceCommand({ resourceArn: arn }));
  // Deleted between the listing and now.
  if (!tagging.ok && tagging.failure.code === 'ResourceNotFoundException') return;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Logs::LogGroup',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: known(tagging, (out) => ({ ...out.tags })),
    props: {
      logGroupName: name,
      retentionInDays: group.retentionInDays ?? null,
      kmsKeyId: group.kmsKeyId ?? null,
    },
    origin: { kind: 'live', calls: [...listCalls, tagging.call] },
    refs: [name, arn, `${arn}:*`],
  });
}
