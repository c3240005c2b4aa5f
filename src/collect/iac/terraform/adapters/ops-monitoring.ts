import type { AlarmMetric, CloudWatchAlarmProps, LogsMetricFilterProps } from '../../../../model/aws/ops.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { blocks, bool, literalName, str, strings } from './attrs.js';
import { resourceOf } from './common.js';

export const OPS_MONITORING_TF_TYPES = ['aws_cloudwatch_metric_alarm', 'aws_cloudwatch_log_metric_filter'];

function required(v: unknown, what: string): Known<string> {
  const s = str(v, null, what);
  return s === null ? unknown(`${what} is not set`) : s;
}

function list(v: unknown, what: string): Known<string>[] {
  const l = strings(v, what) ?? [];
  return isUnknown(l) ? [l] : l;
}

function alarmMetrics(a: Attrs): Known<AlarmMetric[]> {
  if (a.metric_name !== undefined && a.metric_name !== null) {
    return [{ namespace: str(a.namespace, '', 'namespace'), metricName: required(a.metric_name, 'metric_name') }];
  }
  const queries = blocks(a.metric_query, 'metric_query');
  if (isUnknown(queries)) return queries;
  const out: AlarmMetric[] = [];
  for (const q of queries) {
    const metric = blocks(q.metric, 'metric_query.metric');
    if (isUnknown(metric)) return metric;
    for (const m of metric) out.push({ namespace: str(m.namespace, '', 'namespace'), metricName: required(m.metric_name, 'metric_name') });
  }
  return out;
}

function alarm(d: Declared): AnyResource {
  const name = literalName(d.attrs.alarm_name);
  const opts = name ? { name, refs: [name] } : {};
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    const props: CloudWatchAlarmProps = { alarmName: u, actionsEnabled: u, alarmActions: [u], okActions: [u], insufficientDataActions: [u], metrics: u };
    return resourceOf(d, 'AWS::CloudWatch::Alarm', props, opts);
  }
  const a = d.attrs;
  return resourceOf(
    d,
    'AWS::CloudWatch::Alarm',
    {
      alarmName: required(a.alarm_name, 'alarm_name'),
      actionsEnabled: bool(a.actions_enabled, true, 'actions_enabled'),
      alarmActions: list(a.alarm_actions, 'alarm_actions'),
      okActions: list(a.ok_actions, 'ok_actions'),
      insufficientDataActions: list(a.insufficient_data_actions, 'insufficient_data_actions'),
      metrics: alarmMetrics(a),
    },
    opts,
  );
}

function filter(d: Declared): AnyResource {
  const name = literalName(d.attrs.name);
  const opts = name ? { name, refs: [name] } : {};
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    const props: LogsMetricFilterProps = { filterName: u, logGroupName: u, filterPattern: u, metrics: [{ namespace: u, metricName: u }] };
    return resourceOf(d, 'AWS::Logs::MetricFilter', props, opts);
  }
  const a = d.attrs;
  const transforms = blocks(a.metric_transformation, 'metric_transformation');
  return resourceOf(
    d,
    'AWS::Logs::MetricFilter',
    {
      filterName: required(a.name, 'name'),
      logGroupName: required(a.log_group_name, 'log_group_name'),
      // The provider sends an empty pattern, matching every event, when none is given.
      filterPattern: str(a.pattern, '', 'pattern'),
      metrics: isUnknown(transforms)
        ? [{ namespace: transforms, metricName: transforms }]
        : transforms.map((t) => ({ namespace: required(t.namespace, 'namespace'), metricName: required(t.name, 'name') })),
    },
    opts,
  );
}

export function buildOpsMonitoring(of: (tfType: string) => Declared[]): AnyResource[] {
  return [...of('aws_cloudwatch_metric_alarm').map(alarm), ...of('aws_cloudwatch_log_metric_filter').map(filter)];
}
