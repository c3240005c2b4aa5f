import type { IamPasswordPolicy } from '../../../model/aws/iam.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-account-password-policy-strong.js';

const STRONG: IamPasswordPolicy = { minimumLength: 14, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true, reusePrevention: 24, maxAgeDays: 90 };
const policy = (over: Partial<IamPasswordPolicy>) => resource('AWS::IAM::AccountPasswordPolicy', { policy: { ...STRONG, ...over } });
const tf = { kind: 'iac', format: 'terraform', file: 'main.tf', line: 1, address: 'aws_iam_account_password_policy.this' } as const;

ruleTester(rule, {
  pass: [
    { name: 'every requirement met', resource: policy({}) },
    { name: 'no expiry when maxAgeDays is null by option', resource: policy({ maxAgeDays: null }), options: { maxAgeDays: null } },
  ],
  fail: [
    { name: 'no password policy', resource: resource('AWS::IAM::AccountPasswordPolicy', { policy: null }), message: /no password policy/ },
    { name: 'too short and no symbols', resource: policy({ minimumLength: 8, requireSymbols: false }), message: /minimum length 8 < 14; symbols not required/ },
    { name: 'passwords never expire', resource: policy({ maxAgeDays: null }) },
    { name: 'a Terraform policy remembering 5', resource: resource('AWS::IAM::AccountPasswordPolicy', { policy: { ...STRONG, reusePrevention: 5 } }, { origin: tf }) },
  ],
  not_assessed: [
    { name: 'the policy denied', resource: resource('AWS::IAM::AccountPasswordPolicy', { policy: unknown('AccessDenied on iam:GetAccountPasswordPolicy') }) },
    { name: 'length from a variable', resource: policy({ minimumLength: unknown('var.min_length has no value') }) },
  ],
});
