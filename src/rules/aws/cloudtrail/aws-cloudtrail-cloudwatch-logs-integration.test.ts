import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-cloudwatch-logs-integration.js';

ruleTester(rule, {
  pass: [{ name: 'a log group is set', resource: resource('AWS::CloudTrail::Trail') }],
  fail: [
    {
      name: 'no log group',
      resource: resource('AWS::CloudTrail::Trail', { cloudWatchLogsLogGroupArn: null }),
      message: /CloudWatch Logs/,
    },
    {
      name: 'a template trail without CloudWatchLogsLogGroupArn',
      resource: resource('AWS::CloudTrail::Trail', { cloudWatchLogsLogGroupArn: null }, { origin: iacOrigin('Trail') }),
    },
  ],
  not_assessed: [
    {
      name: 'the log group comes from an unresolved parameter',
      resource: resource('AWS::CloudTrail::Trail', { cloudWatchLogsLogGroupArn: unknown('parameter TrailLogGroupArn has no value') }),
      message: /TrailLogGroupArn/,
    },
  ],
});
