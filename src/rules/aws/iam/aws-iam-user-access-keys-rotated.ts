import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

const DAY = 86_400_000;

export default defineRule({
  meta: {
    id: 'aws-iam-user-access-keys-rotated',
    title: 'IAM user access keys are rotated within the maximum age',
    severity: 'medium',
    hipaa: ['164.308(a)(5)(ii)(D)', '164.308(a)(4)(ii)(C)', '164.308(a)(3)(ii)(C)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live'],
    covers: ['iam-access-keys-rotated'],
    rationale:
      'An access key never expires: one copied into a laptop, a CI log or a departed contractor\'s scripts keeps ' +
      'working for as long as it is active. Rotating keys (90 days by default) bounds how long a leaked key can ' +
      'reach PHI, as password management (164.308(a)(5)(ii)(D)) asks for secrets.',
    remediation: {
      text: 'Create a new key, move its users to it, deactivate and then delete the old one; better, replace the key with a role.',
      cli: 'aws iam create-access-key --user-name USER\naws iam update-access-key --user-name USER --access-key-id OLD_KEY_ID --status Inactive\naws iam delete-access-key --user-name USER --access-key-id OLD_KEY_ID',
    },
  },
  options: z.object({ maxKeyAgeDays: z.number().int().positive().default(90) }),
  evaluate(u, ctx) {
    const keys = u.props.accessKeys;
    const max = ctx.options.maxKeyAgeDays;
    if (isUnknown(keys)) return notAssessed(`accessKeys is unknown: ${keys.$unknown}`, ev('accessKeys', keys));
    const active = keys.filter((k) => k.status !== 'Inactive');
    const evidence = [ev('accessKeys', keys), ev('options.maxKeyAgeDays', max)];
    const old = active.flatMap((k) => {
      if (isUnknown(k.status) || isUnknown(k.createdAt)) return [];
      const days = Math.floor((Date.now() - Date.parse(k.createdAt)) / DAY);
      return days > max ? [`${k.label} is ${days} days old`] : [];
    });
    if (old.length > 0) return fail(`Active access keys are older than ${max} days: ${old.join('; ')}.`, ...evidence);
    const open = active.find((k) => isUnknown(k.status) || isUnknown(k.createdAt));
    if (open) return notAssessed(`the age or status of ${open.label} is unknown`, ...evidence);
    if (active.length === 0) return pass('The user has no active access keys.', ...evidence);
    return pass(`Every active access key is at most ${max} days old.`, ...evidence);
  },
});
