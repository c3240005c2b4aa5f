import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-app-service-managed-identity.js';

const app = (identity: Record<string, unknown> | null | ReturnType<typeof unknown>) => resource('Microsoft.Web/sites', { identity }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'system-assigned identity', resource: app({ type: 'SystemAssigned' }) },
    { name: 'user-assigned identity', resource: app({ type: 'UserAssigned' }) },
  ],
  fail: [
    { name: 'no identity block', resource: app(null), message: /no managed identity/ },
    { name: 'identity type None', resource: app({ type: 'None' }) },
  ],
  not_assessed: [{ name: 'identity decided at deployment', resource: app(unknown('parameter identity has no value')), message: /identity/ }],
});
