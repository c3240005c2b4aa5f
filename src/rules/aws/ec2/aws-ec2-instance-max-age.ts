import { z } from 'zod';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

const DAY = 86_400_000;

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-max-age',
    title: 'Running EC2 instance is younger than the maximum age',
    severity: 'low',
    hipaa: ['164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live'],
    covers: ['ec2-instance-max-age'],
    rationale:
      'Instances replaced from a freshly patched image on a schedule carry current fixes by construction; ' +
      'instances that run for years drift from their image, collect manual changes nobody reviewed, and are the ' +
      'ones found unpatched after an incident. A maximum age turns patching into routine replacement.',
    remediation: {
      text: 'Replace instances older than the limit (options.maxAgeDays, default 180) from a current, patched AMI, for example with an Auto Scaling instance refresh.',
      cli: 'aws autoscaling start-instance-refresh --auto-scaling-group-name ASG_NAME',
    },
  },
  options: z.object({ maxAgeDays: z.number().int().positive().default(180) }),
  evaluate(instance, ctx) {
    const { state, launchTime } = instance.props;
    if (isUnknown(state)) return unknownResult('state', state);
    if (state !== 'running') return null;
    if (isUnknown(launchTime)) return unknownResult('launchTime', launchTime);
    if (launchTime === null) return unknownResult('launchTime', unknown('no launch time was recorded'));
    const max = ctx.options.maxAgeDays;
    const days = Math.floor((Date.now() - Date.parse(launchTime)) / DAY);
    const seen = [ev('launchTime', launchTime), ev('options.maxAgeDays', max)];
    if (days > max) return fail(`The instance has run for ${days} days since launch, more than ${max}.`, ...seen);
    return pass(`The instance was launched ${days} days ago, within ${max}.`, ...seen);
  },
});
