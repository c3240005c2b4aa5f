import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-acr-admin-user-disabled.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.ContainerRegistry/registries', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"adminUserEnabled": false}) },
    { name: 'not set at all (means false)', resource: withProps({}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"adminUserEnabled": true}), message: /./ },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
