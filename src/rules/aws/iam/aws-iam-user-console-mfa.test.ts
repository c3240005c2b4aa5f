import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-console-mfa.js';

ruleTester(rule, {
  pass: [{ name: 'a console user with MFA', resource: resource('AWS::IAM::User', { consoleAccess: true, mfaEnabled: true }) }],
  fail: [{ name: 'a console user without MFA', resource: resource('AWS::IAM::User', { consoleAccess: true, mfaEnabled: false }), message: /no MFA/ }],
  not_assessed: [
    { name: 'console access unknown', resource: resource('AWS::IAM::User', { consoleAccess: unknown('AccessDenied on iam:GetCredentialReport') }) },
    { name: 'MFA unknown for a console user', resource: resource('AWS::IAM::User', { consoleAccess: true, mfaEnabled: unknown('not in the credential report') }) },
  ],
  not_applicable: [{ name: 'a user without a password', resource: resource('AWS::IAM::User', { consoleAccess: false, mfaEnabled: false }) }],
});
