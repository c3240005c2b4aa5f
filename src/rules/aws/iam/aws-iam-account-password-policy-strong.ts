import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-account-password-policy-strong',
    title: 'Account password policy requires strong, non-reused, expiring passwords',
    severity: 'medium',
    hipaa: ['164.308(a)(5)(ii)(D)', '164.312(d)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::IAM::AccountPasswordPolicy'],
    sources: ['live', 'terraform'],
    covers: ['iam-password-policy-strong'],
    rationale:
      'Procedures for creating and changing passwords (164.308(a)(5)(ii)(D)) are what keep IAM console passwords ' +
      'from being short, guessable or recycled. Without a policy IAM accepts 8 characters of anything. Defaults ' +
      'follow the AWS Config HIPAA pack: 14 characters, all four classes, 24 remembered, 90-day expiry (set ' +
      'maxAgeDays to null if you follow NIST 800-63B and pair passwords with MFA instead).',
    remediation: {
      text: 'Set the account password policy to at least the required length, all character classes, reuse prevention and maximum age.',
      cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --password-reuse-prevention 24 --max-password-age 90',
      terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length      = 14\n  require_uppercase_characters = true\n  require_lowercase_characters = true\n  require_numbers              = true\n  require_symbols              = true\n  password_reuse_prevention    = 24\n  max_password_age             = 90\n}',
    },
  },
  options: z.object({
    minLength: z.number().int().positive().default(14),
    reusePrevention: z.number().int().positive().default(24),
    maxAgeDays: z.number().int().positive().nullable().default(90),
  }),
  evaluate(r, ctx) {
    const p = r.props.policy;
    const o = ctx.options;
    if (isUnknown(p)) return notAssessed(`policy is unknown: ${p.$unknown}`, ev('policy', p));
    if (p === null) return fail('The account has no password policy: IAM accepts any password of 8 characters.', ev('policy', null));
    const weak: string[] = [];
    const open: string[] = [];
    const check = <T>(name: string, v: T | { $unknown: string }, ok: (x: T) => boolean, why: string): void => {
      if (isUnknown(v)) open.push(`${name}: ${v.$unknown}`);
      else if (!ok(v)) weak.push(why);
    };
    check<number>('minimumLength', p.minimumLength, (n) => n >= o.minLength, `minimum length ${String(p.minimumLength)} < ${o.minLength}`);
    check<boolean>('requireUppercase', p.requireUppercase, Boolean, 'uppercase not required');
    check<boolean>('requireLowercase', p.requireLowercase, Boolean, 'lowercase not required');
    check<boolean>('requireNumbers', p.requireNumbers, Boolean, 'numbers not required');
    check<boolean>('requireSymbols', p.requireSymbols, Boolean, 'symbols not required');
    check<number | null>('reusePrevention', p.reusePrevention, (n) => n !== null && n >= o.reusePrevention, `fewer than ${o.reusePrevention} previous passwords remembered`);
    if (o.maxAgeDays !== null) {
      const max = o.maxAgeDays;
      check<number | null>('maxAgeDays', p.maxAgeDays, (n) => n !== null && n <= max, `passwords do not expire within ${max} days`);
    }
    const evidence = [ev('policy', p), ev('options', o)];
    if (weak.length > 0) return fail(`The password policy is weak: ${weak.join('; ')}.`, ...evidence);
    if (open.length > 0) return notAssessed(open.join('; '), ...evidence);
    return pass('The password policy meets every requirement.', ...evidence);
  },
});
