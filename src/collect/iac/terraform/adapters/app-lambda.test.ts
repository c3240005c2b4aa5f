import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

const FN = 'AWS::Lambda::Function';

describe('aws_lambda_function', () => {
  it('settles the provider defaults', async () => {
    const r = await scanHcl({ 'main.tf': 'resource "aws_lambda_function" "f" {\n  function_name = "intake"\n  role = "arn:aws:iam::111122223333:role/intake"\n}\n' });
    expect(r.problems).toEqual([]);
    const fn = byAddress(r, FN, 'aws_lambda_function.f');
    expect(fn.name).toBe('intake');
    expect(fn.props).toEqual({
      functionName: 'intake',
      role: 'arn:aws:iam::111122223333:role/intake',
      environmentVariableNames: [],
      kmsKeyArn: null,
      vpcConfig: null,
      reservedConcurrency: null,
      deadLetterTargetArn: null,
      policy: null,
      functionUrls: [],
    });
  });

  it('reads settings and joins permissions and URLs by reference or name', async () => {
    const main = `
resource "aws_kms_key" "k" {}
resource "aws_iam_role" "r" {}
resource "aws_lambda_function" "f" {
  function_name = "intake"
  role          = aws_iam_role.r.arn
  kms_key_arn   = aws_kms_key.k.arn
  reserved_concurrent_executions = 0
  environment {
    variables = { TABLE = "claims", SECRET = "s3cr3t" }
  }
  vpc_config {
    subnet_ids         = ["subnet-1"]
    security_group_ids = ["sg-1"]
  }
  dead_letter_config {
    target_arn = "arn:aws:sqs:us-east-1:111122223333:dlq"
  }
}
resource "aws_lambda_permission" "s3" {
  function_name = aws_lambda_function.f.function_name
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::inbox"
}
resource "aws_lambda_permission" "everyone" {
  function_name = "intake"
  action        = "lambda:InvokeFunction"
  principal     = "*"
}
resource "aws_lambda_function_url" "u" {
  function_name      = aws_lambda_function.f.arn
  authorization_type = "NONE"
}
`;
    const r = await scanHcl({ 'main.tf': main });
    expect(r.problems).toEqual([]);
    const fn = byAddress(r, FN, 'aws_lambda_function.f');
    expect(fn.props).toMatchObject({
      role: 'ref:infra#aws_iam_role.r',
      kmsKeyArn: 'ref:infra#aws_kms_key.k',
      reservedConcurrency: 0,
      environmentVariableNames: ['SECRET', 'TABLE'],
      vpcConfig: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] },
      deadLetterTargetArn: 'arn:aws:sqs:us-east-1:111122223333:dlq',
      functionUrls: [{ authType: 'NONE', qualifier: null }],
      policy: {
        statements: [
          { sid: 'aws_lambda_permission.everyone', effect: 'Allow', principal: '*', action: ['lambda:InvokeFunction'] },
          { sid: 'aws_lambda_permission.s3', effect: 'Allow', principal: { Service: ['s3.amazonaws.com'] }, condition: { ArnLike: { 'aws:sourcearn': ['arn:aws:s3:::inbox'] } } },
        ],
      },
    });
    expect(JSON.stringify(fn)).not.toContain('s3cr3t');
  });

  it('is unknown where a variable has no value', async () => {
    const main = 'variable "subnets" { type = list(string) }\nvariable "kms" { type = string }\nresource "aws_lambda_function" "f" {\n  function_name = "f"\n  role = "r"\n  kms_key_arn = var.kms\n  vpc_config {\n    subnet_ids = var.subnets\n    security_group_ids = []\n  }\n}\n';
    const r = await scanHcl({ 'main.tf': main });
    const fn = byAddress(r, FN, 'aws_lambda_function.f');
    expect(fn.props.kmsKeyArn).toMatchObject({ $unknown: expect.any(String) });
    expect(fn.props.vpcConfig).toMatchObject({ $unknown: expect.any(String) });
  });
});
