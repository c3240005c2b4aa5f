import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-detailed-monitoring.js';

ruleTester(rule, {
  pass: [
    { name: 'an instance with detailed monitoring', resource: resource('AWS::EC2::Instance', {}) },
    { name: 'a launch configuration left at its default (on)', resource: resource('AWS::AutoScaling::LaunchConfiguration', {}) },
  ],
  fail: [
    { name: 'an instance with basic monitoring', resource: resource('AWS::EC2::Instance', { detailedMonitoring: false }), message: /basic/ },
    { name: 'a template launch template without monitoring', resource: resource('AWS::EC2::LaunchTemplate', { detailedMonitoring: false }, { origin: iacOrigin('AppTemplate') }) },
  ],
  not_assessed: [{ name: 'monitoring from an unresolved variable', resource: resource('AWS::EC2::Instance', { detailedMonitoring: unknown('variable monitoring has no value') }) }],
});
