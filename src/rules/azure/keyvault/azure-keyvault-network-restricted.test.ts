import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-keyvault-network-restricted.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.KeyVault/vaults', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"networkAcls": {"defaultAction": "Deny"}}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"networkAcls": {"defaultAction": "Allow"}}), message: /./ },
    { name: 'not set at all (means Allow)', resource: withProps({}) },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
