import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-storage-account-min-tls12.js';

const TYPE = 'Microsoft.Storage/storageAccounts';
const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource(TYPE, { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [{ name: 'set to the safe value', resource: withProps({ minimumTlsVersion: 'TLS1_2' }) }],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({ minimumTlsVersion: 'TLS1_0' }), message: /./ },
    { name: 'not set at all (treated as TLS1_0, the oldest default)', resource: withProps({}) },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
