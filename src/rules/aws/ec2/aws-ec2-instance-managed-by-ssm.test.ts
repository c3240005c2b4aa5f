import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-managed-by-ssm.js';

ruleTester(rule, {
  pass: [{ name: 'a registered instance', resource: resource('AWS::EC2::Instance', {}) }],
  fail: [{ name: 'an unregistered instance', resource: resource('AWS::EC2::Instance', { ssmManaged: false }), message: /not registered/ }],
  not_assessed: [{ name: 'the SSM listing was refused', resource: resource('AWS::EC2::Instance', { ssmManaged: unknown('AccessDenied on ssm:DescribeInstanceInformation') }) }],
  not_applicable: [{ name: 'a stopped instance', resource: resource('AWS::EC2::Instance', { state: 'stopped', ssmManaged: false }) }],
});
