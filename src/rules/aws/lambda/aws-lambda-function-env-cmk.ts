import { customerKeyVerdict } from '../../../analysis/app-kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-env-cmk',
    title: 'Lambda function encrypts its environment variables with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::Lambda::Function'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-lambda-env-cmk'],
    rationale:
      'Environment variables hold connection strings, API tokens and sometimes database passwords to PHI stores. ' +
      'Encrypted with the AWS managed key aws/lambda, anyone allowed lambda:GetFunctionConfiguration reads them; ' +
      'a customer-managed key adds a key policy you control and an audit trail of every decryption.',
    remediation: {
      text: 'Set a customer-managed KMS key for the function\'s environment variables (and move true secrets to Secrets Manager).',
      cli: 'aws lambda update-function-configuration --function-name FUNCTION --kms-key-arn arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  kms_key_arn = aws_kms_key.lambda.arn\n}',
      cloudformation: 'KmsKeyArn: !GetAtt LambdaKey.Arn',
    },
  },
  evaluate(fn, ctx) {
    const names = fn.props.environmentVariableNames;
    // Nothing to encrypt.
    if (!isUnknown(names) && names.length === 0) return null;
    const key = fn.props.kmsKeyArn;
    // Lambda hides the names only when it cannot decrypt them for the caller, which takes a customer key.
    if (isUnknown(names) && key === null) return unknownResult('environmentVariableNames', names);
    return customerKeyVerdict(fn, ctx, 'kmsKeyArn', key, 'Environment variables are encrypted with the AWS managed key aws/lambda.');
  },
});
