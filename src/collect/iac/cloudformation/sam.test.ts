import { describe, expect, it } from 'vitest';
import { parseCloudFormation } from './index.js';
import { parseTemplate } from './parse.js';
import { expandSam, usesSam } from './sam.js';

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    KmsKeyArn: !GetAtt EnvKey.Arn
    Tags:
      team: intake
    Environment:
      Variables:
        STAGE: prod
Resources:
  EnvKey:
    Type: AWS::KMS::Key
  IntakeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      Policies:
        - AWSLambdaReadOnlyAccess
        - Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::phi-intake/*
        - S3ReadPolicy:
            BucketName: phi-intake
      Environment:
        Variables:
          TABLE: visits
      FunctionUrlConfig:
        AuthType: NONE
      Events:
        Upload:
          Type: Api
          Properties:
            Path: /visits
            Method: post
  VisitsTable:
    Type: AWS::Serverless::SimpleTable
    Properties:
      SSESpecification:
        SSEEnabled: true
  Nested:
    Type: AWS::Serverless::Application
    Properties:
      Location: ./child.yaml
`;

function expand(text: string) {
  const parsed = parseTemplate('sam.yaml', text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  expect(usesSam(parsed.template)).toBe(true);
  return expandSam(parsed.template, parsed.positions);
}

describe('the SAM transform', () => {
  it('replaces serverless resources with what SAM deploys, under the logical ids SAM gives them', () => {
    const { template, positions, problems } = expand(SAM);
    const resources = template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;
    expect(Object.fromEntries(Object.entries(resources).map(([id, r]) => [id, r.Type]))).toEqual({
      EnvKey: 'AWS::KMS::Key',
      IntakeFunctionRole: 'AWS::IAM::Role',
      IntakeFunction: 'AWS::Lambda::Function',
      IntakeFunctionUrl: 'AWS::Lambda::Url',
      IntakeFunctionUrlPublicPermissions: 'AWS::Lambda::Permission',
      IntakeFunctionUploadPermission: 'AWS::Lambda::Permission',
      VisitsTable: 'AWS::DynamoDB::Table',
      ServerlessRestApi: 'AWS::ApiGateway::RestApi',
      ServerlessRestApiProdStage: 'AWS::ApiGateway::Stage',
    });
    const fn = resources.IntakeFunction!.Properties;
    // Globals merge under the function's own properties.
    expect(fn).toMatchObject({
      Runtime: 'python3.12',
      Handler: 'app.handler',
      KmsKeyArn: { 'Fn::GetAtt': ['EnvKey', 'Arn'] },
      Environment: { Variables: { STAGE: 'prod', TABLE: 'visits' } },
      Role: { 'Fn::GetAtt': ['IntakeFunctionRole', 'Arn'] },
      Code: 'src/',
    });
    expect(fn.Tags).toEqual([
      { Key: 'lambda:createdBy', Value: 'SAM' },
      { Key: 'team', Value: 'intake' },
    ]);
    const role = resources.IntakeFunctionRole!.Properties;
    expect(role.ManagedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/AWSLambdaReadOnlyAccess',
    ]);
    // A policy template's grants are not known: the role says so instead of looking narrow.
    expect(role.Policies).toEqual([
      expect.objectContaining({ PolicyName: 'IntakeFunctionRolePolicy1' }),
      { PolicyName: 'IntakeFunctionRoleS3ReadPolicy2', PolicyDocument: { $unknown: 'SAM policy template S3ReadPolicy is not expanded by phiguard' } },
    ]);
    expect(resources.IntakeFunctionUrl!.Properties).toEqual({ TargetFunctionArn: { Ref: 'IntakeFunction' }, AuthType: 'NONE' });
    expect(resources.VisitsTable!.Properties).toMatchObject({ BillingMode: 'PAY_PER_REQUEST', SSESpecification: { SSEEnabled: true } });
    expect(resources.ServerlessRestApiProdStage!.Properties).toMatchObject({ StageName: 'Prod', RestApiId: { Ref: 'ServerlessRestApi' } });
    // Generated resources point at the line of the SAM resource they come from.
    expect(positions.get('IntakeFunctionRole')).toEqual(positions.get('IntakeFunction'));
    expect(positions.get('IntakeFunctionRole')?.line).toBe(15);
    expect(problems).toEqual([{ logicalId: 'Nested', message: expect.stringMatching(/^Nested: AWS::Serverless::Application deploys another template \(\.\/child\.yaml\), which was not read/) }]);
  });

  it('leaves templates without the transform alone, and reports the nested application through the collector', () => {
    expect(usesSam({ Resources: {} })).toBe(false);
    const result = parseCloudFormation('sam.yaml', SAM);
    expect(result.problems).toEqual([
      { source: 'sam.yaml', line: 44, column: 3, message: expect.stringMatching(/^Nested: AWS::Serverless::Application/) },
    ]);
    // The KMS key the Globals point at is still adapted as before.
    expect(result.resources.map((r) => r.type)).toContain('AWS::KMS::Key');
  });

  it('keeps Condition, DependsOn and Metadata on what it generates', () => {
    const { template } = expand(`Transform: [AWS::Serverless-2016-10-31]
Conditions:
  IsProd: !Equals [!Ref AWS::StackName, prod]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Condition: IsProd
    Metadata: { phiguard: { suppress: [{ rule: aws-lambda-in-vpc, reason: edge function with no VPC } ] } }
    Properties: { Handler: a.b, Runtime: nodejs20.x, CodeUri: . }
`);
    const fn = (template.Resources as Record<string, Record<string, unknown>>).Fn!;
    expect(fn.Condition).toBe('IsProd');
    expect(fn.Metadata).toEqual({ phiguard: { suppress: [{ rule: 'aws-lambda-in-vpc', reason: 'edge function with no VPC' }] } });
  });
});
