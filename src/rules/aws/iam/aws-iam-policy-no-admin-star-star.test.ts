import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-policy-no-admin-star-star.js';

const policy = (...statements: PolicyStatement[]) => resource('AWS::IAM::ManagedPolicy', { document: { version: '2012-10-17', statements } });

ruleTester(rule, {
  pass: [
    { name: 'a policy naming its actions and resources', resource: policy({ effect: 'Allow', action: ['s3:GetObject'], resource: ['arn:aws:s3:::reports/*'] }) },
    { name: 'every action on one bucket', resource: policy({ effect: 'Allow', action: ['*'], resource: ['arn:aws:s3:::scratch/*'] }) },
    { name: 'a Deny of everything on everything', resource: policy({ effect: 'Deny', action: ['*'], resource: ['*'] }) },
    { name: 'a role without inline policies', resource: resource('AWS::IAM::Role', { inlinePolicies: [] }), message: /no inline/ },
  ],
  fail: [
    { name: 'Action "*" on Resource "*"', resource: policy({ sid: 'Admin', effect: 'Allow', action: ['*'], resource: ['*'] }), message: /statement "Admin" allows every action/ },
    { name: 'Action "*:*" among others', resource: policy({ effect: 'Allow', action: ['s3:GetObject', '*:*'], resource: ['arn:aws:s3:::x', '*'] }) },
    {
      name: 'a template role with an admin inline policy',
      resource: resource(
        'AWS::IAM::Role',
        { inlinePolicies: [{ name: 'god', document: { statements: [{ effect: 'Allow', action: ['*'], resource: ['*'] }] } }] },
        { origin: iacOrigin('AppRole') },
      ),
      message: /Inline policy "god", statement 1/,
    },
  ],
  not_assessed: [
    { name: 'an action from an unresolved parameter', resource: policy({ effect: 'Allow', action: [unknown('parameter Actions has no value')], resource: ['*'] }), message: /Actions/ },
    { name: 'a document from a data source', resource: resource('AWS::IAM::ManagedPolicy', { document: unknown('data.aws_iam_policy_document.p is not evaluated') }) },
  ],
  not_applicable: [
    { name: 'an AWS managed policy', resource: resource('AWS::IAM::ManagedPolicy', { awsManaged: true, document: { statements: [{ effect: 'Allow', action: ['*'], resource: ['*'] }] } }) },
  ],
});
