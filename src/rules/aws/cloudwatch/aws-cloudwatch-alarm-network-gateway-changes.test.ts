import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudwatch-alarm-network-gateway-changes.js';

const PATTERN = '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }';
const GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:cloudtrail:*`;
const account = resource('AWS::Account');
const trail = (props: object = {}) => resource('AWS::CloudTrail::Trail', { cloudWatchLogsLogGroupArn: GROUP, ...props }, { id: 'trail' });
const filter = (filterPattern: string, logGroupName = 'cloudtrail') =>
  resource('AWS::Logs::MetricFilter', { filterPattern, logGroupName, metrics: [{ namespace: 'CISBenchmark', metricName: 'NetworkGatewayChanges' }] }, { id: `filter-${filterPattern.length}-${logGroupName}` });
const alarm = (props: object = {}) =>
  resource('AWS::CloudWatch::Alarm', { metrics: [{ namespace: 'CISBenchmark', metricName: 'NetworkGatewayChanges' }], ...props }, { id: 'alarm' });
const complete = (['AWS::CloudTrail::Trail', 'AWS::Logs::MetricFilter', 'AWS::CloudWatch::Alarm'] as const).map((type) => ({
  provider: 'aws' as const,
  account: ACCOUNT,
  type,
  complete: true,
  reasons: [],
}));

ruleTester(rule, {
  pass: [
    { name: 'the CIS filter and an alarm with an action', resource: account, others: [trail(), filter(PATTERN), alarm()], coverage: complete, message: /feeds alarm/ },
    {
      name: 'the same filter written with different spacing and parentheses',
      resource: account,
      others: [trail(), filter(PATTERN.replace(/^\{/, '{ (').replace(/\}$/, ') }').replace(/ (&&|\|\|) /g, '$1')), alarm()],
      coverage: complete,
    },
  ],
  fail: [
    { name: 'no trail delivers to CloudWatch Logs', resource: account, others: [trail({ cloudWatchLogsLogGroupArn: null }), filter(PATTERN), alarm()], coverage: complete, message: /No logging multi-region trail/ },
    { name: 'the filter sits on another log group', resource: account, others: [trail(), filter(PATTERN, 'app-logs'), alarm()], coverage: complete, message: /no filter/ },
    { name: 'the alarm has no action', resource: account, others: [trail(), filter(PATTERN), alarm({ alarmActions: [] })], coverage: complete, message: /no alarm with an action/ },
    { name: 'a filter matching every event', resource: account, others: [trail(), filter('{ $.eventName = * }'), alarm()], coverage: complete },
    { name: 'the trail is single-region', resource: account, others: [trail({ isMultiRegion: false }), filter(PATTERN), alarm()], coverage: complete },
  ],
  not_assessed: [
    { name: 'metric filters were not listed', resource: account, others: [trail()], coverage: complete.filter((c) => c.type !== 'AWS::Logs::MetricFilter') },
    { name: 'the trail log group is unknown', resource: account, others: [trail({ cloudWatchLogsLogGroupArn: unknown('AccessDenied on cloudtrail:DescribeTrails') })], coverage: complete },
  ],
});
