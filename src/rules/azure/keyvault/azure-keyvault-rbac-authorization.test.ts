import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-keyvault-rbac-authorization.js';

const TYPE = 'Microsoft.KeyVault/vaults';
const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource(TYPE, { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [{ name: 'set to the safe value', resource: withProps({ enableRbacAuthorization: true }) }],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({ enableRbacAuthorization: false }), message: /./ },
    { name: 'not set at all (access policies)', resource: withProps({}) },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
