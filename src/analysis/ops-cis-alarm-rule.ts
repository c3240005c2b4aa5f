import type { HipaaCitation } from '../frameworks/hipaa/tree.js';
import type { Resource } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';
import { defineRule } from '../rules/define.js';
import { ev, fail, notAssessed, pass } from '../rules/result.js';
import type { Rule, RuleContext } from '../rules/types.js';
import { CIS_EVENTS, patternCovers } from './ops-metric-filter.js';

/**
 * The CIS "log metric filter and alarm" checks, built once: the account passes when a
 * logging multi-region trail delivers to a log group that has a metric filter catching the
 * events, and an alarm on that filter's metric notifies someone.
 */
export interface CisAlarmSpec {
  id: string;
  /** What the alarm watches: "console sign-in failures". */
  what: string;
  events: keyof typeof CIS_EVENTS;
  covers: string;
  hipaa: readonly HipaaCitation[];
  rationale: string;
  /** The CIS benchmark pattern, for the remediation. */
  pattern: string;
  metric: string;
}

/** `arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*` → region and name. */
function groupOf(arn: string): { region: string; name: string } | undefined {
  const m = /^arn:[^:]+:logs:([^:]+):[^:]*:log-group:(.+?)(?::\*)?$/.exec(arn);
  return m ? { region: m[1]!, name: m[2]! } : undefined;
}

type Ctx = RuleContext<Record<string, never>>;

function judge(account: Resource<'AWS::Account'>, ctx: Ctx, spec: CisAlarmSpec) {
  const trails = ctx.list('AWS::CloudTrail::Trail', account);
  const filters = ctx.list('AWS::Logs::MetricFilter', account);
  const alarms = ctx.list('AWS::CloudWatch::Alarm', account);
  const notes: string[] = [];
  let open: string | undefined;
  for (const trail of trails.resources) {
    const { isMultiRegion, isLogging, cloudWatchLogsLogGroupArn: arn } = trail.props;
    if (isMultiRegion !== true || isLogging !== true || arn === null) continue;
    if (isUnknown(arn)) {
      open ??= `trail ${trail.name}: ${arn.$unknown}`;
      continue;
    }
    const group = groupOf(arn);
    if (!group) continue;
    for (const f of filters.resources) {
      if (f.region !== group.region || f.props.logGroupName !== group.name) continue;
      const pattern = f.props.filterPattern;
      const covers = isUnknown(pattern) ? undefined : patternCovers(pattern, CIS_EVENTS[spec.events]);
      if (covers === undefined) {
        notes.push(`filter ${f.name}'s pattern could not be read`);
        continue;
      }
      if (!covers) continue;
      const alarm = alarms.resources.find(
        (a) =>
          a.region === group.region &&
          a.props.actionsEnabled === true &&
          a.props.alarmActions.some((x) => typeof x === 'string') &&
          !isUnknown(a.props.metrics) &&
          a.props.metrics.some((m) => f.props.metrics.some((fm) => fm.namespace === m.namespace && fm.metricName === m.metricName)),
      );
      if (alarm) {
        return pass(
          `Filter ${f.name} on ${group.name} (trail ${trail.name}) feeds alarm ${alarm.name}, which notifies on ${spec.what}.`,
          ev('trail', trail.name),
          ev('metricFilter', { name: f.name, pattern }),
          ev('alarm', { name: alarm.name, actions: alarm.props.alarmActions }),
        );
      }
      notes.push(`filter ${f.name} catches ${spec.what} but no alarm with an action watches its metric`);
    }
    if (!notes.length) notes.push(`no filter on ${group.name} (trail ${trail.name}) catches ${spec.what}`);
  }
  const evidence = [ev('findings', notes)];
  if (open) return notAssessed(open, ...evidence);
  const partial = [trails, filters, alarms].find((l) => !l.complete);
  if (partial && !partial.complete) return notAssessed(`no alarm on ${spec.what} was seen, and a listing is incomplete: ${partial.reason}`, ...evidence);
  if (notes.length === 0) return fail(`No logging multi-region trail delivers to CloudWatch Logs, so nothing can alarm on ${spec.what}.`, ...evidence);
  return fail(`Nothing alarms on ${spec.what}: ${notes.join('; ')}.`, ...evidence);
}

export function cisAlarmRule(spec: CisAlarmSpec): Rule<'AWS::Account'> {
  return defineRule({
    meta: {
      id: spec.id,
      title: `A CloudWatch alarm notifies on ${spec.what}`,
      severity: 'medium',
      hipaa: spec.hipaa,
      resourceTypes: ['AWS::Account'],
      sources: ['live'],
      covers: [spec.covers],
      rationale: spec.rationale,
      remediation: {
        text: `On the log group a multi-region trail delivers to, add a metric filter for ${spec.what} (the CIS pattern, or an equivalent) and an alarm on its metric that notifies an SNS topic responders read.`,
        cli:
          `aws logs put-metric-filter --log-group-name TRAIL_LOG_GROUP --filter-name ${spec.metric} --metric-transformations metricName=${spec.metric},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${spec.pattern}'\n` +
          `aws cloudwatch put-metric-alarm --alarm-name ${spec.metric} --metric-name ${spec.metric} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN`,
      },
    },
    evaluate: (account, ctx) => judge(account, ctx, spec),
  });
}
