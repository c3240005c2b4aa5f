import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-root-no-access-keys.js';

ruleTester(rule, {
  pass: [{ name: 'no root keys', resource: resource('AWS::IAM::RootUser', { accessKeysPresent: false }) }],
  fail: [{ name: 'a root access key', resource: resource('AWS::IAM::RootUser', { accessKeysPresent: true }) }],
  not_assessed: [{ name: 'account summary denied', resource: resource('AWS::IAM::RootUser', { accessKeysPresent: unknown('AccessDenied on iam:GetAccountSummary') }) }],
});
