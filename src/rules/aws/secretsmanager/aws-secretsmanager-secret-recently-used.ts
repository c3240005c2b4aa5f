import { z } from 'zod';
import { daysBetween } from '../../../analysis/app-age.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-secret-recently-used',
    title: 'Secrets Manager secret has been read within the idle limit',
    severity: 'low',
    hipaa: ['164.308(a)(4)(ii)(C)', '164.308(a)(3)(ii)(C)'],
    resourceTypes: ['AWS::SecretsManager::Secret'],
    sources: ['live'],
    covers: ['secretsmanager-unused-secret-removed'],
    rationale:
      'A secret nobody has read for months (90 days by default) usually belongs to a retired system or a ' +
      'departed integration, yet the credential it holds may still open a PHI database. Deleting unused secrets ' +
      '(and disabling the credentials behind them) removes access nobody is watching.',
    remediation: {
      text: 'Confirm the secret is unused, disable the credential it holds, then schedule the secret for deletion.',
      cli: 'aws secretsmanager delete-secret --secret-id SECRET --recovery-window-in-days 30',
    },
  },
  options: z.object({ maxIdleDays: z.number().int().positive().default(90) }),
  evaluate(secret, ctx) {
    const p = secret.props;
    const max = ctx.options.maxIdleDays;
    if (isUnknown(p.lastAccessedDate)) return unknownResult('lastAccessedDate', p.lastAccessedDate);
    if (isUnknown(p.observedAt)) return unknownResult('observedAt', p.observedAt);
    const evidence = [ev('lastAccessedDate', p.lastAccessedDate), ev('createdDate', p.createdDate), ev('options.maxIdleDays', max)];
    if (p.lastAccessedDate === null) {
      // Never read: judge by age, so a secret created yesterday is not yet "unused".
      if (isUnknown(p.createdDate)) return unknownResult('createdDate', p.createdDate);
      const age = daysBetween(p.createdDate, p.observedAt);
      if (age === undefined) return unknownResult('createdDate', p.createdDate);
      if (age > max) return fail(`The secret has never been read in the ${age} days since it was created.`, ...evidence);
      return pass(`The secret is ${age} days old and has not been read yet.`, ...evidence);
    }
    const idle = daysBetween(p.lastAccessedDate, p.observedAt)!;
    if (idle > max) return fail(`The secret was last read ${idle} days ago, more than ${max}.`, ...evidence);
    return pass(`The secret was last read ${idle} days ago.`, ...evidence);
  },
});
