import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-policy-no-blocked-kms-actions.js';

const policy = (...statements: PolicyStatement[]) => resource('AWS::IAM::ManagedPolicy', { document: { statements } });
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-000000000001';

ruleTester(rule, {
  pass: [
    { name: 'decrypt with one named key', resource: policy({ effect: 'Allow', action: ['kms:Decrypt'], resource: [KEY] }) },
    { name: 'encrypt-only on every key', resource: policy({ effect: 'Allow', action: ['kms:Encrypt', 'kms:GenerateDataKey'], resource: ['*'] }) },
    { name: 'decrypt on every key allowed by option', resource: policy({ effect: 'Allow', action: ['kms:Decrypt'], resource: ['*'] }), options: { blockedActions: ['kms:ReEncryptFrom'] } },
  ],
  fail: [
    { name: 'kms:Decrypt on "*"', resource: policy({ effect: 'Allow', action: ['kms:Decrypt'], resource: ['*'] }), message: /kms:Decrypt on every KMS key/ },
    { name: 'kms:* on every key ARN in the account', resource: policy({ effect: 'Allow', action: ['kms:*'], resource: ['arn:aws:kms:*:*:key/*'] }) },
    { name: 'kms:ReEncrypt* via NotAction', resource: policy({ effect: 'Allow', notAction: ['s3:*'], resource: ['*'] }), message: /kms:Decrypt/ },
    {
      name: 'a template user with an inline decrypt-all',
      resource: resource('AWS::IAM::User', { inlinePolicies: [{ name: 'kms', document: { statements: [{ effect: 'Allow', action: ['kms:Decrypt'], resource: ['*'] }] } }] }, { origin: iacOrigin('Svc') }),
    },
  ],
  not_assessed: [{ name: 'resource from an unresolved parameter', resource: policy({ effect: 'Allow', action: ['kms:Decrypt'], resource: [unknown('parameter Keys has no value')] }) }],
});
