import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-max-age.js';

const launched = (d: number) => resource('AWS::EC2::Instance', { launchTime: new Date(Date.now() - d * 86_400_000).toISOString() });

ruleTester(rule, {
  pass: [
    { name: 'launched a month ago', resource: launched(30), message: /30 days ago/ },
    { name: 'a year old with the limit raised to 400 days by option', resource: launched(365), options: { maxAgeDays: 400 } },
  ],
  fail: [{ name: 'running for a year', resource: launched(365), message: /365 days since launch, more than 180/ }],
  not_assessed: [{ name: 'launch time unknown', resource: resource('AWS::EC2::Instance', { launchTime: unknown('ec2:DescribeInstances returned no LaunchTime') }) }],
  not_applicable: [{ name: 'a stopped instance', resource: resource('AWS::EC2::Instance', { state: 'stopped' }) }],
});
