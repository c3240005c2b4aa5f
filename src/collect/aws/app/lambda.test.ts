import {
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  ListFunctionsCommand,
  ListFunctionUrlConfigsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const arn = (name: string) => `arn:aws:lambda:${R}:${ACCOUNT}:function:${name}`;
const KEY = `arn:aws:kms:${R}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const notFound = () => awsError('ResourceNotFoundException', 404, 'The resource you requested does not exist.');
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Id: 'default',
  Statement: [
    {
      Sid: 's3-invoke',
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: arn('intake'),
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::claims-inbox' } },
    },
  ],
});

function twoPages(): void {
  const lambda = mocks.of('lambda');
  lambda
    .on(ListFunctionsCommand, { Marker: undefined })
    .resolves({
      Functions: [
        {
          FunctionName: 'intake',
          FunctionArn: arn('intake'),
          Runtime: 'python3.12',
          Role: `arn:aws:iam::${ACCOUNT}:role/intake`,
          KMSKeyArn: KEY,
          Environment: { Variables: { TABLE_NAME: 'claims', DB_PASSWORD: 'hunter2' } },
          VpcConfig: { SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'], VpcId: 'vpc-1' },
          DeadLetterConfig: { TargetArn: `arn:aws:sqs:${R}:${ACCOUNT}:intake-dlq` },
        },
      ],
      NextMarker: 'p2',
    })
    .on(ListFunctionsCommand, { Marker: 'p2' })
    .resolves({
      Functions: [
        {
          FunctionName: 'report',
          FunctionArn: arn('report'),
          Role: `arn:aws:iam::${ACCOUNT}:role/shared`,
          VpcConfig: { SubnetIds: [], SecurityGroupIds: [], VpcId: '' },
        },
      ],
    });
  lambda.on(GetPolicyCommand, { FunctionName: arn('intake') }).resolves({ Policy: POLICY, RevisionId: 'r1' });
  lambda.on(GetPolicyCommand, { FunctionName: arn('report') }).rejects(notFound());
  lambda.on(GetFunctionConcurrencyCommand, { FunctionName: arn('intake') }).resolves({ ReservedConcurrentExecutions: 20 });
  lambda.on(GetFunctionConcurrencyCommand, { FunctionName: arn('report') }).resolves({});
  lambda.on(ListFunctionUrlConfigsCommand, { FunctionName: arn('intake') }).resolves({ FunctionUrlConfigs: [] });
  lambda
    .on(ListFunctionUrlConfigsCommand, { FunctionName: arn('report'), Marker: undefined })
    .resolves({
      FunctionUrlConfigs: [{ FunctionUrl: 'https://abc.lambda-url.us-east-1.on.aws/', FunctionArn: arn('report'), AuthType: 'NONE', CreationTime: 'x', LastModifiedTime: 'x' }],
      NextMarker: 'u2',
    })
    .on(ListFunctionUrlConfigsCommand, { FunctionName: arn('report'), Marker: 'u2' })
    .resolves({
      FunctionUrlConfigs: [{ FunctionUrl: 'https://def.lambda-url.us-east-1.on.aws/', FunctionArn: `${arn('report')}:live`, AuthType: 'AWS_IAM', CreationTime: 'x', LastModifiedTime: 'x' }],
    });
  lambda.on(ListTagsCommand).resolves({ Tags: { 'data-classification': 'phi' } });
}

describe('Lambda functions', () => {
  it('lists every page and reads policy, concurrency, URLs and tags, keeping only variable names', async () => {
    twoPages();
    const result = await collectAws({ regions: [R] });
    const fns = ofType(result.resources, 'AWS::Lambda::Function');
    expect(fns.map((f) => f.id)).toEqual([arn('intake'), arn('report')]);
    expect(fns[0]).toMatchObject({
      name: 'intake',
      account: ACCOUNT,
      region: R,
      tags: { 'data-classification': 'phi' },
      refs: [arn('intake'), 'intake'],
      props: {
        functionName: 'intake',
        role: `arn:aws:iam::${ACCOUNT}:role/intake`,
        environmentVariableNames: ['DB_PASSWORD', 'TABLE_NAME'],
        kmsKeyArn: KEY,
        vpcConfig: { subnetIds: ['subnet-1', 'subnet-2'], securityGroupIds: ['sg-1'] },
        reservedConcurrency: 20,
        deadLetterTargetArn: `arn:aws:sqs:${R}:${ACCOUNT}:intake-dlq`,
        functionUrls: [],
        policy: {
          statements: [
            {
              sid: 's3-invoke',
              effect: 'Allow',
              principal: { Service: ['s3.amazonaws.com'] },
              condition: { ArnLike: { 'aws:sourcearn': ['arn:aws:s3:::claims-inbox'] } },
            },
          ],
        },
      },
    });
    // The value of a variable never reaches the inventory.
    expect(JSON.stringify(result.resources)).not.toContain('hunter2');
    expect(fns[1]!.props).toMatchObject({
      environmentVariableNames: [],
      kmsKeyArn: null,
      vpcConfig: null,
      reservedConcurrency: null,
      deadLetterTargetArn: null,
      policy: null,
      functionUrls: [
        { authType: 'NONE', qualifier: null },
        { authType: 'AWS_IAM', qualifier: 'live' },
      ],
    });
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::Lambda::Function', complete: true, reasons: [] });
  });

  it('marks the listing incomplete when ListFunctions is denied', async () => {
    mocks.of('lambda').on(ListFunctionsCommand).rejects(deniedJson('lambda:ListFunctions'));
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::Lambda::Function')).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::Lambda::Function')).toMatchObject({
      complete: false,
      reasons: [`AccessDenied on lambda:ListFunctions in ${R}`],
    });
    expect(result.problems).toEqual([
      { source: `aws:${ACCOUNT}:${R}:lambda`, message: expect.stringMatching(/^AWS::Lambda::Function not fully listed: AccessDenied/) },
    ]);
  });

  it('turns denied and throttled detail calls into unknown props, and unreadable variables into unknown names', async () => {
    twoPages();
    mocks.of('lambda').on(GetPolicyCommand, { FunctionName: arn('intake') }).rejects(deniedJson('lambda:GetPolicy'));
    mocks.of('lambda').on(GetFunctionConcurrencyCommand, { FunctionName: arn('report') }).rejects(throttled());
    mocks.of('lambda').on(ListFunctionUrlConfigsCommand, { FunctionName: arn('report') }).rejects(deniedJson('lambda:ListFunctionUrlConfigs'));
    mocks.of('lambda').on(ListFunctionsCommand, { Marker: 'p2' }).resolves({
      Functions: [
        {
          FunctionName: 'report',
          FunctionArn: arn('report'),
          Role: `arn:aws:iam::${ACCOUNT}:role/shared`,
          KMSKeyArn: KEY,
          Environment: { Error: { ErrorCode: 'AccessDeniedException', Message: 'Lambda was unable to decrypt the environment variables' } },
        },
      ],
    });
    const fns = ofType((await collectAws({ regions: [R] })).resources, 'AWS::Lambda::Function');
    expect(fns[0]!.props.policy).toEqual(unknown('AccessDenied on lambda:GetPolicy'));
    expect(fns[1]!.props).toMatchObject({
      reservedConcurrency: unknown('throttled: lambda:GetFunctionConcurrency gave up after 10 attempts'),
      functionUrls: unknown('AccessDenied on lambda:ListFunctionUrlConfigs'),
      environmentVariableNames: unknown('environment variables not readable: AccessDeniedException'),
    });
  });

  it('skips a function deleted after the listing', async () => {
    twoPages();
    mocks.of('lambda').on(GetFunctionConcurrencyCommand, { FunctionName: arn('report') }).rejects(notFound());
    const fns = ofType((await collectAws({ regions: [R] })).resources, 'AWS::Lambda::Function');
    expect(fns.map((f) => f.name)).toEqual(['intake']);
  });

  it('finds nothing in an empty account, with a complete listing', async () => {
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::Lambda::Function')).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::Lambda::Function')).toMatchObject({ complete: true });
  });
});
