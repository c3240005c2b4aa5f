import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-app-service-min-tls12.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.Web/sites', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"siteConfig": {"minTlsVersion": "1.2"}}) },
    { name: 'not set at all (means 1.2)', resource: withProps({}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"siteConfig": {"minTlsVersion": "1.0"}}), message: /./ },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
