import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-logs-log-group-kms-encryption.js';

ruleTester(rule, {
  pass: [
    { name: 'a KMS key is associated', resource: resource('AWS::Logs::LogGroup') },
    {
      name: 'a template log group referencing a key',
      resource: resource('AWS::Logs::LogGroup', { kmsKeyId: iacRef('template.yaml', 'LogsKey') }, { origin: iacOrigin('AppLogs') }),
    },
  ],
  fail: [{ name: 'no KMS key', resource: resource('AWS::Logs::LogGroup', { kmsKeyId: null }), message: /service key/ }],
  not_assessed: [
    {
      name: 'the key could not be read',
      resource: resource('AWS::Logs::LogGroup', { kmsKeyId: unknown('AccessDenied on logs:DescribeLogGroups') }),
      message: /AccessDenied/,
    },
  ],
});
