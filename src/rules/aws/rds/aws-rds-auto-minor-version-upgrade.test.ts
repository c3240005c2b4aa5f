import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-auto-minor-version-upgrade.js';

ruleTester(rule, {
  pass: [{ name: 'upgrades on', resource: resource('AWS::RDS::DBInstance', {}), message: /automatically/ }],
  fail: [
    { name: 'upgrades off', resource: resource('AWS::RDS::DBInstance', { autoMinorVersionUpgrade: false }), message: /wait/ },
    { name: 'an Aurora member with upgrades off in a template', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', autoMinorVersionUpgrade: false }, { origin: iacOrigin('Claims1') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::RDS::DBInstance', { autoMinorVersionUpgrade: unknown('parameter Upgrades has no value') }) }],
});
