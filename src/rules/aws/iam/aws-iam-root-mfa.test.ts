import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-root-mfa.js';

ruleTester(rule, {
  pass: [{ name: 'root has MFA', resource: resource('AWS::IAM::RootUser', { mfaEnabled: true }) }],
  fail: [{ name: 'root without MFA', resource: resource('AWS::IAM::RootUser', { mfaEnabled: false }) }],
  not_assessed: [{ name: 'account summary throttled', resource: resource('AWS::IAM::RootUser', { mfaEnabled: unknown('throttled: iam:GetAccountSummary gave up after 10 attempts') }) }],
});
