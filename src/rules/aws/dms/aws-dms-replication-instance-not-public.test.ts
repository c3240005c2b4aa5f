import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-dms-replication-instance-not-public.js';

ruleTester(rule, {
  pass: [{ name: 'private', resource: resource('AWS::DMS::ReplicationInstance', {}), message: /inside its VPC/ }],
  fail: [
    { name: 'public', resource: resource('AWS::DMS::ReplicationInstance', { publiclyAccessible: true }), message: /public IP/ },
    { name: 'a CloudFormation instance at the public default', resource: resource('AWS::DMS::ReplicationInstance', { publiclyAccessible: true }, { origin: iacOrigin('Migration') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::DMS::ReplicationInstance', { publiclyAccessible: unknown('parameter Public has no value') }) }],
});
