import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-secretsmanager-secret-recently-used.js';

const S = 'AWS::SecretsManager::Secret';

ruleTester(rule, {
  pass: [
    { name: 'read yesterday', resource: resource(S), message: /last read 1 days ago/ },
    { name: 'never read, but created this week', resource: resource(S, { lastAccessedDate: null, createdDate: '2026-11-20T00:00:00.000Z' }), message: /not been read yet/ },
  ],
  fail: [
    { name: 'last read in March', resource: resource(S, { lastAccessedDate: '2026-03-01T00:00:00.000Z' }), message: /more than 90/ },
    { name: 'never read in two years', resource: resource(S, { lastAccessedDate: null, createdDate: '2024-11-01T00:00:00.000Z' }), message: /never been read/ },
  ],
  not_assessed: [{ name: 'access date unknown', resource: resource(S, { lastAccessedDate: unknown('known only to a live scan') }) }],
});
