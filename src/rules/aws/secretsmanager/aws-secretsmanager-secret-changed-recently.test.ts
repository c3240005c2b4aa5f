import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-secretsmanager-secret-changed-recently.js';

const S = 'AWS::SecretsManager::Secret';

ruleTester(rule, {
  pass: [
    { name: 'changed 22 days ago', resource: resource(S), message: /22 days ago/ },
    { name: 'never changed, created last month', resource: resource(S, { lastChangedDate: null, createdDate: '2026-10-30T00:00:00.000Z' }) },
  ],
  fail: [
    { name: 'changed a year ago', resource: resource(S, { lastChangedDate: '2025-11-01T00:00:00.000Z' }), message: /387 days ago, more than 90/ },
    { name: '40 days with the maximum lowered to 30', resource: resource(S, { lastChangedDate: '2026-10-14T00:00:00.000Z' }), options: { maxAgeDays: 30 } },
  ],
  not_assessed: [{ name: 'a template secret (dates are live only)', resource: resource(S, { lastChangedDate: unknown('known only to a live scan') }), message: /live scan/ }],
});
