import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-deletion-protection.js';

ruleTester(rule, {
  pass: [
    { name: 'a protected instance', resource: resource('AWS::RDS::DBInstance', {}), message: /cannot be deleted/ },
    { name: 'a protected cluster', resource: resource('AWS::RDS::DBCluster', {}) },
  ],
  fail: [
    { name: 'an unprotected instance', resource: resource('AWS::RDS::DBInstance', { deletionProtection: false }), message: /one call/ },
    { name: 'a template cluster left at the default', resource: resource('AWS::RDS::DBCluster', { deletionProtection: false }, { origin: iacOrigin('Claims') }) },
  ],
  not_assessed: [
    { name: 'deletion protection from an unresolved parameter', resource: resource('AWS::RDS::DBCluster', { deletionProtection: unknown('parameter Protect has no value') }), message: /Protect/ },
  ],
  not_applicable: [
    { name: 'an Aurora member, protected with its cluster', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', deletionProtection: false }) },
  ],
});
