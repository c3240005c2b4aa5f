import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-storage-encrypted.js';

ruleTester(rule, {
  pass: [
    { name: 'an encrypted standalone instance', resource: resource('AWS::RDS::DBInstance', {}), message: /encrypts/ },
    { name: 'an encrypted Aurora cluster', resource: resource('AWS::RDS::DBCluster', {}) },
  ],
  fail: [
    { name: 'an unencrypted instance', resource: resource('AWS::RDS::DBInstance', { storageEncrypted: false, kmsKeyId: null }), message: /unencrypted/ },
    { name: 'a template cluster left at the default', resource: resource('AWS::RDS::DBCluster', { storageEncrypted: false }, { origin: iacOrigin('Claims') }) },
  ],
  not_assessed: [
    {
      name: 'a restored instance inherits encryption from a snapshot the template does not show',
      resource: resource('AWS::RDS::DBInstance', { storageEncrypted: unknown('storage encryption is inherited from the source named by DBSnapshotIdentifier') }),
      message: /inherited/,
    },
    { name: 'whether the instance belongs to a cluster is unknown', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: unknown('parameter ClusterId has no value') }) },
  ],
  not_applicable: [
    { name: 'an Aurora instance, judged on its cluster', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', storageEncrypted: false }) },
  ],
});
