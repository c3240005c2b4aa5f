import { z } from 'zod';
import { isUnknown, type Known } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

const DAY = 86_400_000;

/** Days since the credential was last used, or since it was set when never used. */
function idleDays(lastUsed: Known<string | null>, since: Known<string | null>): Known<number> | null {
  const at = isUnknown(lastUsed) ? lastUsed : lastUsed ?? since;
  if (isUnknown(at)) return at;
  return at === null ? null : Math.floor((Date.now() - Date.parse(at)) / DAY);
}

export default defineRule({
  meta: {
    id: 'aws-iam-user-unused-credentials-disabled',
    title: 'IAM user has no password or access key left unused beyond the limit',
    severity: 'medium',
    hipaa: ['164.308(a)(3)(ii)(B)', '164.308(a)(3)(ii)(C)', '164.308(a)(4)(ii)(C)', '164.312(a)(1)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live'],
    covers: ['iam-unused-credentials-disabled'],
    rationale:
      'A password or access key nobody has used for 90 days usually belongs to someone who left or a system that ' +
      'was retired; it still opens the account to whoever finds it. Terminating access that is no longer needed ' +
      '(164.308(a)(3)(ii)(C)) means disabling such credentials.',
    remediation: {
      text: 'Remove the console password and deactivate the access keys that have not been used within the limit; delete the user if nothing of it is in use.',
      cli: 'aws iam delete-login-profile --user-name USER\naws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive',
    },
  },
  options: z.object({ maxUnusedDays: z.number().int().positive().default(90) }),
  evaluate(u, ctx) {
    const p = u.props;
    const max = ctx.options.maxUnusedDays;
    const evidence = [ev('consoleAccess', p.consoleAccess), ev('passwordLastUsed', p.passwordLastUsed), ev('accessKeys', p.accessKeys), ev('options.maxUnusedDays', max)];
    const stale: string[] = [];
    const open: string[] = [];
    const judge = (what: string, days: Known<number> | null) => {
      if (isUnknown(days)) open.push(`${what}: ${days.$unknown}`);
      else if (days !== null && days > max) stale.push(`${what} unused for ${days} days`);
    };
    if (isUnknown(p.consoleAccess)) open.push(`console access: ${p.consoleAccess.$unknown}`);
    else if (p.consoleAccess) judge('the password', idleDays(p.passwordLastUsed, isUnknown(p.passwordLastChanged) ? p.passwordLastChanged : p.passwordLastChanged ?? p.createdAt));
    if (isUnknown(p.accessKeys)) open.push(`access keys: ${p.accessKeys.$unknown}`);
    else for (const k of p.accessKeys) if (k.status !== 'Inactive') judge(k.label, isUnknown(k.status) ? k.status : idleDays(k.lastUsedAt, k.createdAt));
    if (stale.length > 0) return fail(`Credentials unused for more than ${max} days are still enabled: ${stale.join('; ')}.`, ...evidence);
    if (open.length > 0) return notAssessed(open.join('; '), ...evidence);
    return pass(`No enabled credential has gone unused for more than ${max} days.`, ...evidence);
  },
});
