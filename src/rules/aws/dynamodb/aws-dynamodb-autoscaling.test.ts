import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-dynamodb-autoscaling.js';

const dims = (scaled: boolean[]) =>
  (['table read', 'table write', 'index/by-patient read', 'index/by-patient write'] as const).slice(0, scaled.length).map((d, i) => {
    const [resource, dimension] = d.split(' ') as [string, 'read' | 'write'];
    return { resource, dimension, autoScaled: scaled[i]! };
  });
const provisioned = (scaled: boolean[]) => resource('AWS::DynamoDB::Table', { billingMode: 'PROVISIONED', capacity: dims(scaled) });

ruleTester(rule, {
  pass: [
    { name: 'on demand', resource: resource('AWS::DynamoDB::Table', {}), message: /on demand/ },
    { name: 'table and index both scaled', resource: provisioned([true, true, true, true]), message: /Every/ },
  ],
  fail: [
    { name: 'no scaling at all', resource: provisioned([false, false]), message: /table read, table write/ },
    { name: 'the index write dimension left fixed', resource: provisioned([true, true, true, false]), message: /index\/by-patient write/ },
    { name: 'a template table with fixed capacity', resource: resource('AWS::DynamoDB::Table', { billingMode: 'PROVISIONED', capacity: dims([false, false]) }, { origin: iacOrigin('Appointments') }) },
  ],
  not_assessed: [
    { name: 'auto scaling targets could not be listed', resource: resource('AWS::DynamoDB::Table', { billingMode: 'PROVISIONED', capacity: unknown('ThrottlingException on application-autoscaling:DescribeScalableTargets') }), message: /Throttling/ },
    { name: 'billing mode unknown', resource: resource('AWS::DynamoDB::Table', { billingMode: unknown('AccessDeniedException on dynamodb:DescribeTable') }) },
  ],
});
