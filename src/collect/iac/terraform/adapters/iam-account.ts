import type { Resource } from '../../../../model/resource.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { bool, num } from './attrs.js';
import { resourceOf } from './common.js';

/**
 * `aws_iam_account_password_policy`. Unset arguments take IAM's defaults: 6 characters
 * (the provider's default), no character classes, reuse allowed, no expiry (0).
 */
export function buildPasswordPolicy(d: Declared): Resource<'AWS::IAM::AccountPasswordPolicy'> {
  if (d.unknownReason) return resourceOf(d, 'AWS::IAM::AccountPasswordPolicy', { policy: unknown(d.unknownReason) }, { name: 'account password policy' });
  const a = d.attrs;
  const min = num(a.minimum_password_length, 6, 'minimum_password_length');
  const reuse = num(a.password_reuse_prevention, null, 'password_reuse_prevention');
  const age = num(a.max_password_age, null, 'max_password_age');
  return resourceOf(
    d,
    'AWS::IAM::AccountPasswordPolicy',
    {
      policy: {
        minimumLength: min ?? 6,
        requireUppercase: bool(a.require_uppercase_characters, false, 'require_uppercase_characters'),
        requireLowercase: bool(a.require_lowercase_characters, false, 'require_lowercase_characters'),
        requireNumbers: bool(a.require_numbers, false, 'require_numbers'),
        requireSymbols: bool(a.require_symbols, false, 'require_symbols'),
        reusePrevention: isUnknown(reuse) || reuse === null || reuse > 0 ? reuse : null,
        maxAgeDays: isUnknown(age) || age === null || age > 0 ? age : null,
      },
    },
    { name: 'account password policy' },
  );
}
