import type { PolicyDocument, PolicyStatement } from '../model/aws/policy.js';

/**
 * What some widely attached AWS managed policies grant of the data-reading actions
 * phiguard judges (`PHI_READ_ACTIONS` in iam-principal.ts), for templates that attach them
 * by ARN: a template cannot say what an AWS managed policy holds, and the live collector
 * reads the real document instead. These are EXCERPTS, right only for those actions; a
 * policy not listed here is unknown to IaC analysis.
 */
const allow = (action: string[], notAction?: string[]): PolicyStatement =>
  notAction ? { effect: 'Allow', notAction, resource: ['*'] } : { effect: 'Allow', action, resource: ['*'] };

const EXCERPTS: Readonly<Record<string, PolicyStatement[]>> = {
  AdministratorAccess: [allow(['*'])],
  PowerUserAccess: [allow([], ['iam:*', 'organizations:*', 'account:*'])],
  ReadOnlyAccess: [allow(['s3:Get*', 's3:List*', 'kms:Describe*', 'kms:Get*', 'kms:List*'])],
  AmazonS3FullAccess: [allow(['s3:*', 's3-object-lambda:*'])],
  AmazonS3ReadOnlyAccess: [allow(['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'])],
  // None of these reads object data or decrypts.
  ViewOnlyAccess: [],
  SecurityAudit: [],
  AWSLambdaBasicExecutionRole: [],
  AWSLambdaVPCAccessExecutionRole: [],
  AmazonECSTaskExecutionRolePolicy: [],
  AmazonEC2ContainerRegistryReadOnly: [],
  AmazonSSMManagedInstanceCore: [],
  CloudWatchAgentServerPolicy: [],
  AWSXRayDaemonWriteAccess: [],
  IAMUserChangePassword: [],
};

const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/;

/** Is this the ARN of an AWS managed policy? */
export function isAwsManagedArn(arn: string): boolean {
  return AWS_MANAGED.test(arn);
}

/** The excerpt of an AWS managed policy by ARN, or undefined when phiguard does not know it. */
export function awsManagedExcerpt(arn: string): PolicyDocument | undefined {
  const name = AWS_MANAGED.exec(arn)?.[1];
  if (name === undefined || !Object.hasOwn(EXCERPTS, name)) return undefined;
  return { version: '2012-10-17', statements: EXCERPTS[name]! };
}
