import type { Known } from '../unknown.js';
import type { PolicyDocument } from './policy.js';

export interface LambdaVpcConfig {
  subnetIds: Known<string>[];
  securityGroupIds: Known<string>[];
}

/** A function URL: `AWS::Lambda::Url` / `aws_lambda_function_url`, joined into its function. */
export interface LambdaFunctionUrl {
  /** `NONE`: anyone with the URL may call it (subject to the resource policy); `AWS_IAM`: SigV4-signed callers only. */
  authType: Known<'AWS_IAM' | 'NONE'>;
  /** The alias or version the URL points at; null for the unqualified function. */
  qualifier: Known<string | null>;
}

export interface LambdaFunctionProps {
  functionName: Known<string>;
  /** The execution role's ARN (or, in a template, its reference). */
  role: Known<string>;
  /**
   * The names of the environment variables, never their values (which often hold
   * credentials). `[]`: the function has none.
   */
  environmentVariableNames: Known<string[]>;
  /** The key encrypting the environment variables; null: the AWS managed key `aws/lambda`. */
  kmsKeyArn: Known<string | null>;
  /** null: the function runs outside any VPC. */
  vpcConfig: Known<LambdaVpcConfig | null>;
  /** Reserved concurrent executions; null: none reserved (the function shares the account pool). */
  reservedConcurrency: Known<number | null>;
  /** The SQS queue or SNS topic failed asynchronous invocations go to; null: none. */
  deadLetterTargetArn: Known<string | null>;
  /** The resource-based policy: live GetPolicy, or the template's permissions as statements. */
  policy: Known<PolicyDocument | null>;
  functionUrls: Known<LambdaFunctionUrl[]>;
}
