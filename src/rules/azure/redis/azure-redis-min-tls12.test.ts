import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-redis-min-tls12.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.Cache/redis', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"minimumTlsVersion": "1.2"}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"minimumTlsVersion": "1.0"}), message: /./ },
    { name: 'not set at all (means 1.0)', resource: withProps({}) },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
