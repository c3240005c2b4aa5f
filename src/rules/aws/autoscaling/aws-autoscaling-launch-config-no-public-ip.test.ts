import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-autoscaling-launch-config-no-public-ip.js';

ruleTester(rule, {
  pass: [
    { name: 'a launch configuration turning it off', resource: resource('AWS::AutoScaling::LaunchConfiguration', {}) },
    { name: 'a launch template leaving it to the subnet', resource: resource('AWS::EC2::LaunchTemplate', { publicIp: null }), message: /subnet/ },
  ],
  fail: [
    { name: 'a launch configuration associating public addresses', resource: resource('AWS::AutoScaling::LaunchConfiguration', { publicIp: true }), message: /public IP/ },
    { name: 'a template launch template associating public addresses', resource: resource('AWS::EC2::LaunchTemplate', { publicIp: true }, { origin: iacOrigin('Web') }) },
  ],
  not_assessed: [{ name: 'the default version could not be read', resource: resource('AWS::EC2::LaunchTemplate', { publicIp: unknown('AccessDenied on ec2:DescribeLaunchTemplateVersions') }) }],
});
