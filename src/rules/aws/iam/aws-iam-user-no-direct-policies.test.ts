import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-no-direct-policies.js';

ruleTester(rule, {
  pass: [{ name: 'permissions only through groups', resource: resource('AWS::IAM::User', {}) }],
  fail: [
    { name: 'a managed policy attached to the user', resource: resource('AWS::IAM::User', { attachedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] }), message: /AmazonS3ReadOnlyAccess/ },
    { name: 'a template user with an inline policy', resource: resource('AWS::IAM::User', { inlinePolicies: [{ name: 'own', document: null }] }, { origin: iacOrigin('Bob') }), message: /inline own/ },
  ],
  not_assessed: [{ name: 'attachments unknown', resource: resource('AWS::IAM::User', { attachedPolicies: unknown('count of aws_iam_user.u is not determinable') }) }],
});
