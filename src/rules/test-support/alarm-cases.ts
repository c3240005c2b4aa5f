import type { RuleCases } from './rule-tester.js';
import { unknown } from '../../model/unknown.js';
import { ACCOUNT, REGION, resource } from './fixtures.js';

/**
 * The cases every CIS metric-filter alarm rule is held to: the account passes when a
 * multi-region trail's log group has a filter matching `pattern` (however it is spelt) that
 * feeds an alarm with an action on `metricName`, and fails or is not assessed otherwise.
 */
export function alarmRuleCases(pattern: string, metricName: string): RuleCases<'AWS::Account'> {
  const GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:cloudtrail:*`;
  const account = resource('AWS::Account');
  const trail = (props: object = {}) => resource('AWS::CloudTrail::Trail', { cloudWatchLogsLogGroupArn: GROUP, ...props }, { id: 'trail' });
  const filter = (filterPattern: string, logGroupName = 'cloudtrail') =>
    resource('AWS::Logs::MetricFilter', { filterPattern, logGroupName, metrics: [{ namespace: 'CISBenchmark', metricName }] }, { id: `filter-${filterPattern.length}-${logGroupName}` });
  const alarm = (props: object = {}) =>
    resource('AWS::CloudWatch::Alarm', { metrics: [{ namespace: 'CISBenchmark', metricName }], ...props }, { id: 'alarm' });
  const complete = (['AWS::CloudTrail::Trail', 'AWS::Logs::MetricFilter', 'AWS::CloudWatch::Alarm'] as const).map((type) => ({
    provider: 'aws' as const,
    account: ACCOUNT,
    type,
    complete: true,
    reasons: [],
  }));

  return {
    pass: [
      { name: 'the CIS filter and an alarm with an action', resource: account, others: [trail(), filter(pattern), alarm()], coverage: complete, message: /feeds alarm/ },
      {
        name: 'the same filter written with different spacing and parentheses',
        resource: account,
        others: [trail(), filter(pattern.replace(/^\{/, '{ (').replace(/\}$/, ') }').replace(/ (&&|\|\|) /g, '$1')), alarm()],
        coverage: complete,
      },
    ],
    fail: [
      { name: 'no trail delivers to CloudWatch Logs', resource: account, others: [trail({ cloudWatchLogsLogGroupArn: null }), filter(pattern), alarm()], coverage: complete, message: /No logging multi-region trail/ },
      { name: 'the filter sits on another log group', resource: account, others: [trail(), filter(pattern, 'app-logs'), alarm()], coverage: complete, message: /no filter/ },
      { name: 'the alarm has no action', resource: account, others: [trail(), filter(pattern), alarm({ alarmActions: [] })], coverage: complete, message: /no alarm with an action/ },
      { name: 'a filter matching every event', resource: account, others: [trail(), filter('{ $.eventName = * }'), alarm()], coverage: complete },
      { name: 'the trail is single-region', resource: account, others: [trail({ isMultiRegion: false }), filter(pattern), alarm()], coverage: complete },
    ],
    not_assessed: [
      { name: 'metric filters were not listed', resource: account, others: [trail()], coverage: complete.filter((c) => c.type !== 'AWS::Logs::MetricFilter') },
      { name: 'the trail log group is unknown', resource: account, others: [trail({ cloudWatchLogsLogGroupArn: unknown('AccessDenied on cloudtrail:DescribeTrails') })], coverage: complete },
    ],
  };

}
