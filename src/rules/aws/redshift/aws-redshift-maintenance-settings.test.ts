import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-redshift-maintenance-settings.js';

ruleTester(rule, {
  pass: [
    { name: 'upgrades in a chosen window', resource: resource('AWS::Redshift::Cluster', {}), message: /sun:05:00/ },
    { name: 'upgrades in the window Redshift assigns', resource: resource('AWS::Redshift::Cluster', { preferredMaintenanceWindow: null }), message: /assigned/ },
  ],
  fail: [
    { name: 'upgrades refused', resource: resource('AWS::Redshift::Cluster', { allowVersionUpgrade: false }), message: /refused/ },
    { name: 'a template refusing upgrades', resource: resource('AWS::Redshift::Cluster', { allowVersionUpgrade: false }, { origin: iacOrigin('Warehouse') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::Redshift::Cluster', { allowVersionUpgrade: unknown('parameter Upgrade has no value') }) }],
});
