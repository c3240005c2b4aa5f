import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-dynamodb-kms-cmk-encryption.js';

const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-100000000003`;
const table = (kmsKeyId: string | null | ReturnType<typeof unknown>) => resource('AWS::DynamoDB::Table', { sse: { type: 'KMS', kmsKeyId } });

ruleTester(rule, {
  pass: [
    { name: 'a customer-managed key in the inventory', resource: table(KEY), others: [resource('AWS::KMS::Key', {}, { id: KEY })], message: /customer-managed/ },
    { name: 'a customer alias', resource: table('alias/phi-appointments') },
  ],
  fail: [
    { name: 'the AWS-owned key', resource: resource('AWS::DynamoDB::Table', { sse: { type: 'AWS_OWNED', kmsKeyId: null } }), message: /DynamoDB owns/ },
    { name: 'aws/dynamodb', resource: table(null), message: /aws\/dynamodb/ },
    { name: 'the live ARN of the aws/dynamodb key', resource: table(KEY), others: [resource('AWS::KMS::Key', { keyManager: 'AWS' }, { id: KEY })] },
  ],
  not_assessed: [
    { name: 'a key missing from the inventory', resource: table(KEY), message: /not in the inventory/ },
    { name: 'DescribeTable denied', resource: resource('AWS::DynamoDB::Table', { sse: unknown('AccessDeniedException on dynamodb:DescribeTable') }) },
  ],
});
