import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-stopped-removed.js';

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
const stopped = (d: number) => resource('AWS::EC2::Instance', { state: 'stopped', stoppedSince: daysAgo(d) });

ruleTester(rule, {
  pass: [
    { name: 'a running instance', resource: resource('AWS::EC2::Instance', {}), message: /running/ },
    { name: 'stopped for a week', resource: stopped(7) },
    { name: 'stopped 60 days with the limit raised to 90 by option', resource: stopped(60), options: { maxStoppedDays: 90 } },
  ],
  fail: [
    { name: 'stopped for 45 days', resource: stopped(45), message: /45 days, more than 30/ },
    { name: 'stopped 10 days with the limit lowered to 7 by option', resource: stopped(10), options: { maxStoppedDays: 7 } },
  ],
  not_assessed: [
    { name: 'stop time not in the transition reason', resource: resource('AWS::EC2::Instance', { state: 'stopped', stoppedSince: unknown('the stop time is not in StateTransitionReason ""') }) },
  ],
});
