import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-aks-rbac-enabled.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.ContainerService/managedClusters', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"enableRBAC": true}) },
    { name: 'not set at all (means true)', resource: withProps({}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"enableRBAC": false}), message: /./ },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
