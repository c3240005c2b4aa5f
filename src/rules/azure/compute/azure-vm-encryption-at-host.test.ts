import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-vm-encryption-at-host.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.Compute/virtualMachines', { properties }, { origin: armOrigin() });
const scaleSet = (properties: Record<string, unknown>) => resource('Microsoft.Compute/virtualMachineScaleSets', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"securityProfile": {"encryptionAtHost": true}}) },
    { name: 'a scale set with it in its VM profile', resource: scaleSet({ virtualMachineProfile: { securityProfile: { encryptionAtHost: true } } }) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"securityProfile": {"encryptionAtHost": false}}), message: /./ },
    { name: 'not set at all (means false)', resource: withProps({}) },
    { name: 'a scale set without it in its VM profile', resource: scaleSet({ virtualMachineProfile: { securityProfile: {} } }) },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
