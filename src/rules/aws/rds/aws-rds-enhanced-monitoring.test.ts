import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-enhanced-monitoring.js';

ruleTester(rule, {
  pass: [
    { name: 'every 60 seconds', resource: resource('AWS::RDS::DBInstance', {}), message: /60 seconds/ },
    { name: 'an Aurora member every second', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', monitoringInterval: 1 }) },
  ],
  fail: [
    { name: 'off', resource: resource('AWS::RDS::DBInstance', { monitoringInterval: 0 }), message: /off/ },
    { name: 'a template instance left at the default', resource: resource('AWS::RDS::DBInstance', { monitoringInterval: 0 }, { origin: iacOrigin('PatientsDb') }) },
  ],
  not_assessed: [{ name: 'an unresolved interval', resource: resource('AWS::RDS::DBInstance', { monitoringInterval: unknown('variable monitoring_interval has no value') }) }],
});
