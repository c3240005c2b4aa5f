import { DescribeAlarmsCommand, ListTagsForResourceCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { DescribeMetricFiltersCommand, type MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { AlarmMetric } from '../../../model/aws/ops.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';

/**
 * CloudWatch metric alarms and CloudWatch Logs metric filters: together they are how a
 * trail's events become a page to someone (CIS 4.x / 3.x alarms). Filters are listed here,
 * through the logs client, because only these rules read them.
 */
const permissions = {
  'cloudwatch:DescribeAlarms': 'cloudwatch:DescribeAlarms',
  'cloudwatch:ListTagsForResource': 'cloudwatch:ListTagsForResource',
  'logs:DescribeMetricFilters': 'logs:DescribeMetricFilters',
};

export const cloudwatchCollector: ServiceCollector = {
  service: 'cloudwatch',
  types: ['AWS::CloudWatch::Alarm', 'AWS::Logs::MetricFilter'],
  permissions,
  collect: (ctx) => ctx.forEachRegion(async (region) => {
    await Promise.all([collectAlarms(ctx, region), collectFilters(ctx, region)]);
  }),
};

async function collectAlarms(ctx: AwsContext, region: string): Promise<void> {
  // Composite alarms are left out: they watch other alarms, not metrics.
  const listing = await ctx.list(
    'cloudwatch',
    region,
    (NextToken) => new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], MaxRecords: 100, NextToken }),
    (o) => o.MetricAlarms,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::CloudWatch::Alarm', 'cloudwatch', region, listing.failure);
  await ctx.forEach(listing.items, (alarm) => addAlarm(ctx, region, alarm, listing.calls));
}

function metricsOf(alarm: MetricAlarm): AlarmMetric[] {
  if (alarm.MetricName) return [{ namespace: alarm.Namespace ?? '', metricName: alarm.MetricName }];
  return (alarm.Metrics ?? []).flatMap((q) => {
    const m = q.MetricStat?.Metric;
    return m?.MetricName ? [{ namespace: m.Namespace ?? '', metricName: m.MetricName }] : [];
  });
}

async function addAlarm(ctx: AwsContext, region: string, alarm: MetricAlarm, listCalls: string[]): Promise<void> {
  const name = alarm.AlarmName;
  if (!name) return;
  const arn = alarm.AlarmArn ?? `arn:${ctx.partition}:cloudwatch:${region}:${ctx.account}:alarm:${name}`;
  const tagging = await ctx.call('cloudwatch', region, new ListTagsForResourceCommand({ ResourceARN: arn }));
  if (!tagging.ok && tagging.failure.code === 'ResourceNotFound') return;
  ctx.add({
    provider: 'aws',
    type: 'AWS::CloudWatch::Alarm',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: known(tagging, (o) => tagRecord(o.Tags, (t) => t.Key, (t) => t.Value)),
    props: {
      alarmName: name,
      // The API's own default: actions run unless switched off.
      actionsEnabled: alarm.ActionsEnabled ?? true,
      alarmActions: alarm.AlarmActions ?? [],
      okActions: alarm.OKActions ?? [],
      insufficientDataActions: alarm.InsufficientDataActions ?? [],
      metrics: metricsOf(alarm),
    },
    origin: { kind: 'live', calls: [...listCalls, tagging.call] },
    refs: [arn, name],
  });
}

async function collectFilters(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'logs',
    region,
    (nextToken) => new DescribeMetricFiltersCommand({ limit: 50, nextToken }),
    (o) => o.metricFilters,
    (o) => o.nextToken,
  );
  ctx.listed('AWS::Logs::MetricFilter', 'logs', region, listing.failure);
  for (const f of listing.items) addFilter(ctx, region, f, listing.calls);
}

function addFilter(ctx: AwsContext, region: string, f: MetricFilter, calls: string[]): void {
  if (!f.filterName || !f.logGroupName) return;
  const id = `arn:${ctx.partition}:logs:${region}:${ctx.account}:log-group:${f.logGroupName}:metric-filter:${f.filterName}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Logs::MetricFilter',
    id,
    name: f.filterName,
    account: ctx.account,
    region,
    tags: {},
    props: {
      filterName: f.filterName,
      logGroupName: f.logGroupName,
      filterPattern: f.filterPattern ?? '',
      metrics: (f.metricTransformations ?? []).map((m) => ({ namespace: m.metricNamespace ?? '', metricName: m.metricName ?? '' })),
    },
    origin: { kind: 'live', calls },
    refs: [id],
  });
}
