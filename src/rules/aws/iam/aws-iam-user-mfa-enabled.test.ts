import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-mfa-enabled.js';

ruleTester(rule, {
  pass: [{ name: 'a user with MFA', resource: resource('AWS::IAM::User', { mfaEnabled: true }) }],
  fail: [
    { name: 'a user without MFA', resource: resource('AWS::IAM::User', { mfaEnabled: false }) },
    { name: 'a key-only user without MFA', resource: resource('AWS::IAM::User', { mfaEnabled: false, consoleAccess: false }) },
  ],
  not_assessed: [{ name: 'credential report denied', resource: resource('AWS::IAM::User', { mfaEnabled: unknown('AccessDenied on iam:GetCredentialReport') }) }],
});
