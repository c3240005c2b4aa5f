import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-disk-cmk-encryption.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.Compute/disks', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"encryption": {"type": "EncryptionAtRestWithCustomerKey"}}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"encryption": {"type": "EncryptionAtRestWithPlatformKey"}}), message: /./ },
    { name: 'not set at all (means EncryptionAtRestWithPlatformKey)', resource: withProps({}) },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
