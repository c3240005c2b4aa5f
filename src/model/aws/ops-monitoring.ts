import type { Known } from '../unknown.js';

/** A metric a CloudWatch alarm watches (its own metric, or one of a metric-math alarm's). */
export interface AlarmMetric {
  namespace: Known<string>;
  metricName: Known<string>;
}

export interface CloudWatchAlarmProps {
  alarmName: Known<string>;
  /** false: the alarm changes state but runs none of its actions. */
  actionsEnabled: Known<boolean>;
  alarmActions: Known<string>[];
  okActions: Known<string>[];
  insufficientDataActions: Known<string>[];
  metrics: Known<AlarmMetric[]>;
}

/** A CloudWatch Logs metric filter: a pattern over a log group's events that feeds a metric. */
export interface LogsMetricFilterProps {
  filterName: Known<string>;
  /** The log group it reads: a name, an ARN or (IaC) a reference token. */
  logGroupName: Known<string>;
  filterPattern: Known<string>;
  metrics: AlarmMetric[];
}
