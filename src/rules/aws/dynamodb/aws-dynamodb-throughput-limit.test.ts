import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-dynamodb-throughput-limit.js';

const limits = (read: number, write: number) =>
  resource('AWS::DynamoDB::AccountLimits', { provisionedReadCapacityUnits: read, provisionedWriteCapacityUnits: write });

ruleTester(rule, {
  pass: [
    { name: 'far below', resource: limits(1200, 600), message: /below 80%/ },
    { name: 'at 85% with the threshold raised to 90', resource: limits(68000, 100), options: { thresholdPercent: 90 } },
  ],
  fail: [
    { name: 'reads at 85%', resource: limits(68000, 100), message: /read 68000 of 80000 units \(85%\)/ },
    { name: 'writes at the limit', resource: limits(100, 80000), message: /write/ },
  ],
  not_assessed: [
    { name: 'a table could not be read', resource: resource('AWS::DynamoDB::AccountLimits', { provisionedReadCapacityUnits: unknown('the capacity of every table is not known: AccessDeniedException on dynamodb:DescribeTable') }), message: /AccessDenied/ },
  ],
});
