import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-instance-not-public.js';

ruleTester(rule, {
  pass: [
    { name: 'a private instance', resource: resource('AWS::RDS::DBInstance', {}), message: /inside its VPC/ },
    { name: 'a private Aurora member', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims' }) },
  ],
  fail: [
    { name: 'a public instance', resource: resource('AWS::RDS::DBInstance', { publiclyAccessible: true }), message: /public IP/ },
    { name: 'a public Aurora member in a template', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims', publiclyAccessible: true }, { origin: iacOrigin('Claims1') }) },
  ],
  not_assessed: [
    {
      name: 'a template that leaves it to the subnet group',
      resource: resource('AWS::RDS::DBInstance', { publiclyAccessible: unknown('PubliclyAccessible is not declared: RDS decides it from the subnet group') }),
      message: /subnet group/,
    },
  ],
});
