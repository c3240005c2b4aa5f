import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-redshift-enhanced-vpc-routing.js';

ruleTester(rule, {
  pass: [{ name: 'on', resource: resource('AWS::Redshift::Cluster', {}), message: /inside the VPC/ }],
  fail: [
    { name: 'off', resource: resource('AWS::Redshift::Cluster', { enhancedVpcRouting: false }), message: /bypasses/ },
    { name: 'a template default', resource: resource('AWS::Redshift::Cluster', { enhancedVpcRouting: false }, { origin: iacOrigin('Warehouse') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::Redshift::Cluster', { enhancedVpcRouting: unknown('parameter Routing has no value') }) }],
});
