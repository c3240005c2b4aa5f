import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-iam-authentication.js';

ruleTester(rule, {
  pass: [
    { name: 'a PostgreSQL instance with IAM auth', resource: resource('AWS::RDS::DBInstance', {}), message: /IAM authentication tokens/ },
    { name: 'an Aurora cluster with IAM auth', resource: resource('AWS::RDS::DBCluster', {}) },
  ],
  fail: [
    { name: 'passwords only', resource: resource('AWS::RDS::DBInstance', { iamDatabaseAuthentication: false }), message: /passwords/ },
    { name: 'a template MySQL instance at the default', resource: resource('AWS::RDS::DBInstance', { engine: 'mysql', iamDatabaseAuthentication: false }, { origin: iacOrigin('Db') }) },
  ],
  not_assessed: [
    { name: 'the engine is unknown', resource: resource('AWS::RDS::DBInstance', { engine: unknown('Engine is not declared') }) },
    { name: 'the setting is unknown', resource: resource('AWS::RDS::DBCluster', { iamDatabaseAuthentication: unknown('parameter IamAuth has no value') }) },
  ],
  not_applicable: [
    { name: 'SQL Server, which has no IAM authentication', resource: resource('AWS::RDS::DBInstance', { engine: 'sqlserver-se', iamDatabaseAuthentication: false }) },
    { name: 'an Aurora member', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', iamDatabaseAuthentication: false }) },
  ],
});
