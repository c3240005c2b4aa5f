import type { AlarmMetric } from '../../../../model/aws/ops.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

function strings(v: unknown, what: string): Known<string>[] {
  const list = asList(v, what);
  if (list === undefined) return [];
  if (isUnknown(list)) return [list];
  return list.map((x, i) => asString(x, `${what}[${i}]`) ?? unknown(`${what}[${i}] is empty`));
}

function alarmMetrics(p: unknown): Known<AlarmMetric[]> {
  const name = asString(at(p, 'MetricName'), 'MetricName');
  if (name !== undefined) return [{ namespace: asString(at(p, 'Namespace'), 'Namespace') ?? '', metricName: name }];
  const list = asList(at(p, 'Metrics'), 'Metrics') ?? [];
  if (isUnknown(list)) return list;
  return list.flatMap((q) => {
    const m = at(q, 'MetricStat', 'Metric');
    const metricName = asString(at(m, 'MetricName'), 'Metrics.MetricStat.Metric.MetricName');
    return metricName === undefined ? [] : [{ namespace: asString(at(m, 'Namespace'), 'Namespace') ?? '', metricName }];
  });
}

export function cloudwatchAlarm(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::CloudWatch::Alarm'> {
  const p = res.properties;
  const name = asString(at(p, 'AlarmName'), 'AlarmName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::CloudWatch::Alarm',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      alarmName: name ?? unknown('AlarmName is not declared: CloudFormation generates it at deploy time'),
      actionsEnabled: asBoolean(at(p, 'ActionsEnabled'), 'ActionsEnabled') ?? true,
      alarmActions: strings(at(p, 'AlarmActions'), 'AlarmActions'),
      okActions: strings(at(p, 'OKActions'), 'OKActions'),
      insufficientDataActions: strings(at(p, 'InsufficientDataActions'), 'InsufficientDataActions'),
      metrics: alarmMetrics(p),
    },
  });
}

export function metricFilter(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Logs::MetricFilter'> {
  const p = res.properties;
  const name = asString(at(p, 'FilterName'), 'FilterName');
  const id = namedIdentity(res, ctx, name);
  const transforms = asList(at(p, 'MetricTransformations'), 'MetricTransformations') ?? [];
  return iacResource(res, ctx, {
    type: 'AWS::Logs::MetricFilter',
    name: id.name,
    tags: {},
    refs: id.refs,
    props: {
      filterName: name ?? res.logicalId,
      logGroupName: asString(at(p, 'LogGroupName'), 'LogGroupName') ?? unknown('LogGroupName is not declared'),
      filterPattern: asString(at(p, 'FilterPattern'), 'FilterPattern') ?? unknown('FilterPattern is not declared'),
      metrics: isUnknown(transforms)
        ? [{ namespace: transforms, metricName: transforms }]
        : transforms.map((t) => ({
            namespace: asString(at(t, 'MetricNamespace'), 'MetricNamespace') ?? unknown('MetricNamespace is not declared'),
            metricName: asString(at(t, 'MetricName'), 'MetricName') ?? unknown('MetricName is not declared'),
          })),
    },
  });
}
