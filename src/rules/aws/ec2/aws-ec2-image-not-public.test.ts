import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-image-not-public.js';

ruleTester(rule, {
  pass: [{ name: 'a private image', resource: resource('AWS::EC2::Image', {}) }],
  fail: [{ name: 'a public image', resource: resource('AWS::EC2::Image', { public: true }), message: /Any AWS account/ }],
  not_assessed: [{ name: 'a launch permission that may be public', resource: resource('AWS::EC2::Image', { public: unknown('aws_ami_launch_permission has an undeterminable count') }) }],
});
