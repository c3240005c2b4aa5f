import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-policy-no-wildcard-marketplace-subscribe.js';

const policy = (...statements: PolicyStatement[]) => resource('AWS::IAM::ManagedPolicy', { document: { statements } });

ruleTester(rule, {
  pass: [
    { name: 'no marketplace actions', resource: policy({ effect: 'Allow', action: ['s3:GetObject'], resource: ['*'] }) },
    {
      name: 'subscribe limited to approved products',
      resource: policy({
        effect: 'Allow',
        action: ['aws-marketplace:Subscribe'],
        resource: ['*'],
        condition: { 'ForAllValues:StringEquals': { 'aws-marketplace:productid': ['prod-abc123'] } },
      }),
    },
  ],
  fail: [
    { name: 'subscribe on every product', resource: policy({ effect: 'Allow', action: ['aws-marketplace:Subscribe'], resource: ['*'] }), message: /every product/ },
    {
      name: 'aws-marketplace:* in a template role',
      resource: resource('AWS::IAM::Role', { inlinePolicies: [{ name: 'mp', document: { statements: [{ effect: 'Allow', action: ['aws-marketplace:*'], resource: ['*'] }] } }] }, { origin: iacOrigin('Buyer') }),
    },
  ],
  not_assessed: [{ name: 'an unresolved action', resource: policy({ effect: 'Allow', action: [unknown('parameter A has no value')], resource: ['*'] }) }],
});
