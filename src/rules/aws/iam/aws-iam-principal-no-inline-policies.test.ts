import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-principal-no-inline-policies.js';

const inline = { name: 'read-reports', document: { statements: [] } };

ruleTester(rule, {
  pass: [
    { name: 'a role with only managed policies', resource: resource('AWS::IAM::Role', {}) },
    { name: 'a group with no inline policy', resource: resource('AWS::IAM::Group', { inlinePolicies: [] }) },
  ],
  fail: [
    { name: 'a user with an inline policy', resource: resource('AWS::IAM::User', { inlinePolicies: [inline] }), message: /1 inline policy: read-reports/ },
    { name: 'a template role with two', resource: resource('AWS::IAM::Role', { inlinePolicies: [inline, { name: unknown('x'), document: null }] }, { origin: iacOrigin('Task') }), message: /2 inline policies/ },
  ],
  not_assessed: [{ name: 'inline policies unknown', resource: resource('AWS::IAM::Role', { inlinePolicies: unknown('AccessDenied on iam:GetAccountAuthorizationDetails') }) }],
});
