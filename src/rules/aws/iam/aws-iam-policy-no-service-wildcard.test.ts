import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-policy-no-service-wildcard.js';

const policy = (...statements: PolicyStatement[]) => resource('AWS::IAM::ManagedPolicy', { document: { statements } });

ruleTester(rule, {
  pass: [
    { name: 'named actions', resource: policy({ effect: 'Allow', action: ['s3:GetObject', 's3:PutObject'], resource: ['arn:aws:s3:::reports/*'] }) },
    { name: 'a prefix wildcard that is not the whole service', resource: policy({ effect: 'Allow', action: ['s3:Get*'], resource: ['arn:aws:s3:::reports/*'] }) },
    { name: 'a Deny of a whole service', resource: policy({ effect: 'Deny', action: ['iam:*'], resource: ['*'] }) },
  ],
  fail: [
    { name: 's3:* on one bucket', resource: policy({ effect: 'Allow', action: ['s3:*'], resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }), message: /\(s3:\*\)/ },
    {
      name: 'kms:* in a template group inline policy',
      resource: resource('AWS::IAM::Group', { inlinePolicies: [{ name: 'keys', document: { statements: [{ effect: 'Allow', action: ['kms:*'], resource: ['*'] }] } }] }, { origin: iacOrigin('Ops') }),
    },
  ],
  not_assessed: [
    { name: 'an unresolved Effect', resource: policy({ effect: unknown('parameter Effect has no value'), action: ['dynamodb:*'], resource: ['*'] }) },
    { name: 'inline policies unknown', resource: resource('AWS::IAM::User', { inlinePolicies: unknown('count of aws_iam_user.u is not determinable') }) },
  ],
});
