import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-multi-az.js';

const iac = (address: string) => ({
  id: `template.yaml#${address}`,
  account: unknown('IaC does not state the account'),
  origin: iacOrigin(address),
  refs: [iacRef('template.yaml', address)],
});
const templateCluster = resource('AWS::RDS::DBCluster', { multiAz: null }, iac('Claims'));
const member = (address: string) => resource('AWS::RDS::DBInstance', { dbClusterIdentifier: iacRef('template.yaml', 'Claims') }, iac(address));

ruleTester(rule, {
  pass: [
    { name: 'a Multi-AZ instance', resource: resource('AWS::RDS::DBInstance', {}), message: /standby/ },
    { name: 'a live Aurora cluster spanning zones', resource: resource('AWS::RDS::DBCluster', {}) },
    { name: 'a template Aurora cluster with a writer and a reader', resource: templateCluster, others: [member('Claims1'), member('Claims2')], message: /2 instances/ },
  ],
  fail: [
    { name: 'a single-AZ instance', resource: resource('AWS::RDS::DBInstance', { multiAz: false }), message: /single/ },
    { name: 'a template Aurora cluster with only a writer', resource: templateCluster, others: [member('Claims1')], message: /one instance/ },
  ],
  not_assessed: [
    { name: 'MultiAZ from an unresolved parameter', resource: resource('AWS::RDS::DBInstance', { multiAz: unknown('parameter MultiAz has no value') }) },
  ],
  not_applicable: [{ name: 'an Aurora member instance', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', multiAz: false }) }],
});
