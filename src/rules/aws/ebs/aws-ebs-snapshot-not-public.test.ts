import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ebs-snapshot-not-public.js';

ruleTester(rule, {
  pass: [{ name: 'a private snapshot', resource: resource('AWS::EC2::Snapshot', {}) }],
  fail: [{ name: 'a public snapshot', resource: resource('AWS::EC2::Snapshot', { public: true, encrypted: false }), message: /Any AWS account/ }],
  not_assessed: [{ name: 'the public listing was refused', resource: resource('AWS::EC2::Snapshot', { public: unknown('AccessDenied on ec2:DescribeSnapshots') }) }],
});
