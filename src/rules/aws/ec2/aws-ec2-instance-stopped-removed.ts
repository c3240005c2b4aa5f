import { z } from 'zod';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

const DAY = 86_400_000;

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-stopped-removed',
    title: 'EC2 instance has not been left stopped longer than allowed',
    severity: 'low',
    hipaa: ['164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live'],
    covers: ['ec2-stopped-instance-removed'],
    rationale:
      'A long-stopped instance misses every patch while keeping its disks, credentials and possibly PHI; when ' +
      'someone starts it again it returns months out of date. Forgotten instances also fall out of inventories ' +
      'and risk assessments. Terminate them (after a backup if needed) or document why they stay.',
    remediation: {
      text: 'Terminate instances stopped longer than the limit (options.maxStoppedDays, default 30), keeping an encrypted snapshot or AMI if the data must be retained.',
      cli: 'aws ec2 terminate-instances --instance-ids i-XXXX',
    },
  },
  options: z.object({ maxStoppedDays: z.number().int().positive().default(30) }),
  evaluate(instance, ctx) {
    const { state, stoppedSince } = instance.props;
    if (isUnknown(state)) return unknownResult('state', state);
    if (state !== 'stopped') return pass(`The instance is ${state}.`, ev('state', state));
    if (isUnknown(stoppedSince)) return unknownResult('stoppedSince', stoppedSince);
    if (stoppedSince === null) return unknownResult('stoppedSince', unknown('the instance is stopped but no stop time was recorded'));
    const max = ctx.options.maxStoppedDays;
    const days = Math.floor((Date.now() - Date.parse(stoppedSince)) / DAY);
    const seen = [ev('stoppedSince', stoppedSince), ev('options.maxStoppedDays', max)];
    if (days > max) return fail(`The instance has been stopped for ${days} days, more than ${max}.`, ...seen);
    return pass(`The instance has been stopped for ${days} days, within ${max}.`, ...seen);
  },
});
