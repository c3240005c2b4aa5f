import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-storage-account-https-only.js';

const TYPE = 'Microsoft.Storage/storageAccounts';
const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource(TYPE, { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({ supportsHttpsTrafficOnly: true }) },
    { name: 'not set at all (HTTPS-only is the default since API version 2019-04-01)', resource: withProps({}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({ supportsHttpsTrafficOnly: false }), message: /unencrypted/ },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
