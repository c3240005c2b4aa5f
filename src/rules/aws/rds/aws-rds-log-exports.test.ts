import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-log-exports.js';

ruleTester(rule, {
  pass: [
    { name: 'an instance exporting postgresql logs', resource: resource('AWS::RDS::DBInstance', {}), message: /postgresql, upgrade/ },
    { name: 'an Aurora MySQL cluster exporting audit logs', resource: resource('AWS::RDS::DBCluster', { engine: 'aurora-mysql', enabledLogExports: ['audit', 'error'] }) },
  ],
  fail: [
    { name: 'an instance exporting nothing', resource: resource('AWS::RDS::DBInstance', { enabledLogExports: [] }), message: /no logs/ },
    { name: 'a template cluster without exports', resource: resource('AWS::RDS::DBCluster', { enabledLogExports: [] }, { origin: iacOrigin('Claims') }) },
  ],
  not_assessed: [
    { name: 'exports from an unresolved parameter', resource: resource('AWS::RDS::DBInstance', { enabledLogExports: unknown('parameter LogTypes has no value') }), message: /LogTypes/ },
  ],
  not_applicable: [{ name: 'an Aurora member, which exports through its cluster', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', enabledLogExports: [] }) }],
});
