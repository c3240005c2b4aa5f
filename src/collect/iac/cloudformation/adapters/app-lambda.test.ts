import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

type Fn = Resource<'AWS::Lambda::Function'>;

function functions(resources: string, params = ''): Fn[] {
  const yaml = `Parameters:\n  P: {Type: String}\n${params}Conditions:\n  Maybe: !Equals [!Ref P, "yes"]\nResources:\n  Role: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {}}}\n  Key: {Type: AWS::KMS::Key}\n${resources}`;
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return result.resources.filter((r) => r.type === 'AWS::Lambda::Function') as Fn[];
}

describe('AWS::Lambda::Function', () => {
  it('settles every default', () => {
    const [fn] = functions('  Fn:\n    Type: AWS::Lambda::Function\n    Properties: {Role: !GetAtt Role.Arn, Code: {ZipFile: x}}\n');
    expect(fn).toMatchObject({ id: 'tpl.yaml#Fn', name: 'Fn', refs: ['ref:tpl.yaml#Fn'], tags: {} });
    expect(fn!.props).toEqual({
      functionName: { $unknown: 'FunctionName is not declared: CloudFormation generates it at deploy time' },
      role: 'ref:tpl.yaml#Role',
      environmentVariableNames: [],
      kmsKeyArn: null,
      vpcConfig: null,
      reservedConcurrency: null,
      deadLetterTargetArn: null,
      policy: null,
      functionUrls: [],
    });
  });

  it('reads the settings, keeping only variable names', () => {
    const [fn] = functions(
      [
        '  Fn:',
        '    Type: AWS::Lambda::Function',
        '    Properties:',
        '      FunctionName: intake',
        '      Role: !GetAtt Role.Arn',
        '      KmsKeyArn: !GetAtt Key.Arn',
        '      Environment: {Variables: {TABLE: claims, API_TOKEN: s3cr3t}}',
        '      VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}',
        '      ReservedConcurrentExecutions: 10',
        '      DeadLetterConfig: {TargetArn: arn:aws:sqs:us-east-1:111122223333:dlq}',
        '      Tags: [{Key: phi, Value: "true"}]',
        '',
      ].join('\n'),
    );
    expect(fn).toMatchObject({ name: 'intake', refs: ['ref:tpl.yaml#Fn', 'intake'], tags: { phi: 'true' } });
    expect(fn!.props).toMatchObject({
      functionName: 'intake',
      environmentVariableNames: ['API_TOKEN', 'TABLE'],
      kmsKeyArn: 'ref:tpl.yaml#Key',
      vpcConfig: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] },
      reservedConcurrency: 10,
      deadLetterTargetArn: 'arn:aws:sqs:us-east-1:111122223333:dlq',
    });
    expect(JSON.stringify(fn)).not.toContain('s3cr3t');
  });

  it('joins permissions as policy statements and URLs, unknown where a condition cannot be decided', () => {
    const [fn] = functions(
      [
        '  Fn: {Type: AWS::Lambda::Function, Properties: {Role: r}}',
        '  FromS3:',
        '    Type: AWS::Lambda::Permission',
        '    Properties: {FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com, SourceArn: arn:aws:s3:::inbox, SourceAccount: "111122223333"}',
        '  Public:',
        '    Type: AWS::Lambda::Permission',
        '    Condition: Maybe',
        '    Properties: {FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunctionUrl, Principal: "*", FunctionUrlAuthType: NONE}',
        '  Url: {Type: AWS::Lambda::Url, Properties: {TargetFunctionArn: !GetAtt Fn.Arn, AuthType: AWS_IAM, Qualifier: live}}',
        '  OpenUrl: {Type: AWS::Lambda::Url, Condition: Maybe, Properties: {TargetFunctionArn: !Ref Fn, AuthType: NONE}}',
        '',
      ].join('\n'),
    );
    const policy = fn!.props.policy as { statements: unknown[] };
    expect(policy.statements).toEqual([
      {
        sid: 'FromS3',
        effect: 'Allow',
        principal: { Service: ['s3.amazonaws.com'] },
        action: ['lambda:InvokeFunction'],
        condition: { ArnLike: { 'aws:sourcearn': ['arn:aws:s3:::inbox'] }, StringEquals: { 'aws:sourceaccount': ['111122223333'] } },
      },
      {
        sid: 'Public',
        effect: { $unknown: expect.stringMatching(/^permission Public exists only under a condition/) },
        principal: '*',
        action: ['lambda:InvokeFunctionUrl'],
        condition: { StringEquals: { 'lambda:functionurlauthtype': ['NONE'] } },
      },
    ]);
    expect(fn!.props.functionUrls).toEqual([
      { authType: 'AWS_IAM', qualifier: 'live' },
      { authType: { $unknown: expect.stringMatching(/^URL OpenUrl exists only under a condition/) }, qualifier: null },
    ]);
  });

  it('is unknown where the template cannot say', () => {
    const [fn] = functions('  Fn: {Type: AWS::Lambda::Function, Properties: {Role: r, VpcConfig: {SubnetIds: !Ref P}, ReservedConcurrentExecutions: !Ref P, Environment: {Variables: !ImportValue Vars}}}\n');
    expect(fn!.props).toMatchObject({
      vpcConfig: { $unknown: 'parameter P has no value' },
      reservedConcurrency: { $unknown: 'parameter P has no value' },
      environmentVariableNames: { $unknown: "Fn::ImportValue reads another stack's export" },
    });
  });
});
