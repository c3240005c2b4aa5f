import { z } from 'zod';
import { daysBetween } from '../../../analysis/app-age.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-secret-rotated-as-scheduled',
    title: 'Secrets Manager secret with rotation has rotated on schedule',
    severity: 'medium',
    hipaa: ['164.308(a)(5)(ii)(D)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::SecretsManager::Secret'],
    sources: ['live'],
    covers: ['secretsmanager-rotated-as-scheduled'],
    rationale:
      'Rotation that is configured but failing (a broken rotation function, a database that refused the new ' +
      'password) looks compliant in the configuration while the same credential stays in use. Only the dates ' +
      'Secrets Manager records show whether rotation actually happens.',
    remediation: {
      text: 'Find why rotation fails (the rotation function\'s CloudWatch logs, its network path and permissions to the database) and rotate the secret now.',
      cli: 'aws secretsmanager rotate-secret --secret-id SECRET',
    },
  },
  options: z.object({ graceDays: z.number().int().nonnegative().default(1) }),
  evaluate(secret, ctx) {
    const p = secret.props;
    // Whether rotation is on at all is the rotation-enabled rule's question.
    if (p.rotationEnabled !== true) return isUnknown(p.rotationEnabled) ? unknownResult('rotationEnabled', p.rotationEnabled) : null;
    if (isUnknown(p.observedAt)) return unknownResult('observedAt', p.observedAt);
    const grace = ctx.options.graceDays;
    const overdueBy = daysBetween(p.nextRotationDate, p.observedAt);
    if (overdueBy !== undefined && overdueBy > grace) {
      return fail(`Rotation is ${overdueBy} days overdue: it was due ${p.nextRotationDate as string}.`, ev('nextRotationDate', p.nextRotationDate), ev('observedAt', p.observedAt));
    }
    const interval = p.rotationIntervalDays;
    if (isUnknown(interval)) return unknownResult('rotationIntervalDays', interval);
    const last = p.lastRotatedDate ?? p.createdDate;
    if (isUnknown(last)) return unknownResult('lastRotatedDate', last);
    const since = daysBetween(last, p.observedAt);
    const evidence = [ev('lastRotatedDate', p.lastRotatedDate), ev('rotationIntervalDays', interval), ev('observedAt', p.observedAt)];
    if (interval !== null && since !== undefined && since > interval + grace) {
      const what = p.lastRotatedDate === null ? 'has never rotated since it was created' : 'last rotated';
      return fail(`The secret ${what} ${since} days ago, past its ${interval}-day schedule.`, ...evidence);
    }
    return pass('The secret has rotated on schedule.', ...evidence);
  },
});
