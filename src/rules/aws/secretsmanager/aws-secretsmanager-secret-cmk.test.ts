import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-secretsmanager-secret-cmk.js';

const S = 'AWS::SecretsManager::Secret';
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-100000000007';

ruleTester(rule, {
  pass: [
    { name: 'customer key in the inventory', resource: resource(S), others: [resource('AWS::KMS::Key', {}, { id: KEY, refs: [KEY] })], message: /customer-managed/ },
    { name: 'a customer alias', resource: resource(S, { kmsKeyId: 'alias/phi-secrets' }) },
  ],
  fail: [
    { name: 'no key: aws/secretsmanager', resource: resource(S, { kmsKeyId: null }), message: /aws\/secretsmanager/ },
    { name: 'the AWS managed alias named explicitly', resource: resource(S, { kmsKeyId: 'alias/aws/secretsmanager' }), message: /AWS managed/ },
  ],
  not_assessed: [
    { name: 'key from an unresolved variable', resource: resource(S, { kmsKeyId: unknown('var.kms has no value') }) },
    { name: 'key not in the inventory', resource: resource(S), message: /not in the inventory/ },
  ],
});
