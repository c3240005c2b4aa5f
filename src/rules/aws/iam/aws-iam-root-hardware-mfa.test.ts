import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-root-hardware-mfa.js';

ruleTester(rule, {
  pass: [{ name: 'a hardware device', resource: resource('AWS::IAM::RootUser', { mfaEnabled: true, virtualMfa: false }) }],
  fail: [
    { name: 'a virtual device', resource: resource('AWS::IAM::RootUser', { mfaEnabled: true, virtualMfa: true }), message: /virtual/ },
    { name: 'no MFA at all', resource: resource('AWS::IAM::RootUser', { mfaEnabled: false, virtualMfa: false }), message: /no MFA/ },
  ],
  not_assessed: [{ name: 'virtual devices not listed', resource: resource('AWS::IAM::RootUser', { virtualMfa: unknown('AccessDenied on iam:ListVirtualMFADevices') }) }],
});
