import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-snapshot-not-public.js';

ruleTester(rule, {
  pass: [
    { name: 'a private snapshot', resource: resource('AWS::RDS::DBSnapshot', {}), message: /not shared publicly/ },
    { name: 'a cluster snapshot shared with one named account', resource: resource('AWS::RDS::DBClusterSnapshot', { sharedWithAccounts: ['444455556666'] }) },
  ],
  fail: [
    { name: 'a public snapshot', resource: resource('AWS::RDS::DBSnapshot', { public: true }), message: /"all"/ },
    { name: 'a public cluster snapshot also shared with an account', resource: resource('AWS::RDS::DBClusterSnapshot', { public: true, sharedWithAccounts: ['444455556666'] }) },
  ],
  not_assessed: [{ name: 'the attributes call was denied', resource: resource('AWS::RDS::DBSnapshot', { public: unknown('AccessDenied on rds:DescribeDBSnapshotAttributes') }), message: /AccessDenied/ }],
});
