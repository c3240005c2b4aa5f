import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-dynamodb-kms-encryption.js';

ruleTester(rule, {
  pass: [
    { name: 'a customer-managed key', resource: resource('AWS::DynamoDB::Table', {}), message: /KMS key/ },
    { name: 'the AWS managed key aws/dynamodb', resource: resource('AWS::DynamoDB::Table', { sse: { type: 'KMS', kmsKeyId: null } }) },
  ],
  fail: [
    { name: 'the AWS-owned default', resource: resource('AWS::DynamoDB::Table', { sse: { type: 'AWS_OWNED', kmsKeyId: null } }), message: /DynamoDB owns/ },
    { name: 'a template table without SSESpecification', resource: resource('AWS::DynamoDB::Table', { sse: { type: 'AWS_OWNED', kmsKeyId: null } }, { origin: iacOrigin('Appointments') }) },
  ],
  not_assessed: [{ name: 'DescribeTable was denied', resource: resource('AWS::DynamoDB::Table', { sse: unknown('AccessDeniedException on dynamodb:DescribeTable') }), message: /AccessDenied/ }],
});
