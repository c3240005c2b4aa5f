import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-dynamodb-pitr-enabled.js';

ruleTester(rule, {
  pass: [{ name: 'PITR on', resource: resource('AWS::DynamoDB::Table', {}), message: /35 days/ }],
  fail: [
    { name: 'PITR off', resource: resource('AWS::DynamoDB::Table', { pointInTimeRecovery: false }), message: /off/ },
    { name: 'a template table without the specification', resource: resource('AWS::DynamoDB::Table', { pointInTimeRecovery: false }, { origin: iacOrigin('Appointments') }) },
  ],
  not_assessed: [{ name: 'the backups call was denied', resource: resource('AWS::DynamoDB::Table', { pointInTimeRecovery: unknown('AccessDeniedException on dynamodb:DescribeContinuousBackups') }), message: /AccessDenied/ }],
});
