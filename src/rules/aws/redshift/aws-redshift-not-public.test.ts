import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-redshift-not-public.js';

ruleTester(rule, {
  pass: [{ name: 'private', resource: resource('AWS::Redshift::Cluster', {}), message: /inside its VPC/ }],
  fail: [
    { name: 'public', resource: resource('AWS::Redshift::Cluster', { publiclyAccessible: true }), message: /public IP/ },
    { name: 'a Terraform cluster at the provider v5 default', resource: resource('AWS::Redshift::Cluster', { publiclyAccessible: true }, { origin: iacOrigin('Warehouse') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::Redshift::Cluster', { publiclyAccessible: unknown('parameter Public has no value') }) }],
});
