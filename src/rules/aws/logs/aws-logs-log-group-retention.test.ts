import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-logs-log-group-retention.js';

const group = (retentionInDays: number | null | ReturnType<typeof unknown>) => resource('AWS::Logs::LogGroup', { retentionInDays });

ruleTester(rule, {
  pass: [
    { name: 'events never expire', resource: group(null), message: /never expire/ },
    { name: 'exactly six years (2192 days)', resource: group(2192) },
    { name: 'ten years', resource: group(3653) },
    { name: 'a year, with the minimum lowered to 365 by option', resource: group(365), options: { minRetentionDays: 365 } },
  ],
  fail: [
    { name: 'five years', resource: group(1827), message: /1827 days, less than the minimum of 2192/ },
    { name: 'two years when the minimum is raised to 2557 by option', resource: group(2192), options: { minRetentionDays: 2557 }, message: /2557/ },
    {
      name: 'a template log group with 30 days',
      resource: resource('AWS::Logs::LogGroup', { retentionInDays: 30 }, { origin: iacOrigin('AppLogs') }),
    },
  ],
  not_assessed: [
    { name: 'retention from an unresolved parameter', resource: group(unknown('parameter Retention has no value')), message: /Retention/ },
  ],
});
