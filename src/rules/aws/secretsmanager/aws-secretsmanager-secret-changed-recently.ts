import { z } from 'zod';
import { daysBetween } from '../../../analysis/app-age.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-secret-changed-recently',
    title: 'Secrets Manager secret value changed within the maximum age',
    severity: 'low',
    hipaa: ['164.308(a)(5)(ii)(D)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::SecretsManager::Secret'],
    sources: ['live'],
    covers: ['secretsmanager-changed-within-90-days'],
    rationale:
      'However it is changed (rotation or by hand), a credential older than the maximum age (90 days by default) ' +
      'has had that long to be copied into scripts, tickets and laptops. Changing it regularly limits how long a ' +
      'copy outside your control keeps working against PHI systems.',
    remediation: {
      text: 'Change the secret value (rotate it) and set up automatic rotation so it stays within the maximum age.',
      cli: 'aws secretsmanager rotate-secret --secret-id SECRET',
    },
  },
  options: z.object({ maxAgeDays: z.number().int().positive().default(90) }),
  evaluate(secret, ctx) {
    const p = secret.props;
    const max = ctx.options.maxAgeDays;
    // A secret never changed since creation is as old as it is.
    const changed = p.lastChangedDate ?? p.createdDate;
    if (isUnknown(changed)) return unknownResult('lastChangedDate', changed);
    if (isUnknown(p.observedAt)) return unknownResult('observedAt', p.observedAt);
    const age = daysBetween(changed, p.observedAt);
    const evidence = [ev('lastChangedDate', p.lastChangedDate), ev('createdDate', p.createdDate), ev('options.maxAgeDays', max)];
    if (age === undefined) return unknownResult('lastChangedDate', p.lastChangedDate);
    if (age > max) return fail(`The secret last changed ${age} days ago, more than ${max}.`, ...evidence);
    return pass(`The secret changed ${age} days ago.`, ...evidence);
  },
});
