import { unknown } from '../../../model/unknown.js';
import { armOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-sql-database-tde-enabled.js';

const withProps = (properties: Record<string, unknown> | ReturnType<typeof unknown>) => resource('Microsoft.Sql/servers/databases/transparentDataEncryption', { properties }, { origin: armOrigin() });

ruleTester(rule, {
  pass: [
    { name: 'set to the safe value', resource: withProps({"state": "Enabled"}) },
    { name: 'not set at all (means Enabled)', resource: withProps({}) },
  ],
  fail: [
    { name: 'set to the unsafe value', resource: withProps({"state": "Disabled"}), message: /./ },
  ],
  not_assessed: [
    { name: 'properties decided at deployment', resource: withProps(unknown('parameter props has no value')), message: /parameter props/ },
  ],
});
