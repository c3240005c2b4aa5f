import { describe, expect, it } from 'vitest';
import type { AnyResource, Resource } from '../../../../model/resource.js';
import { unknown } from '../../../../model/unknown.js';
import { parseCloudFormation } from '../index.js';

function collect(yaml: string): Record<string, AnyResource> {
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}

const READ = `
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: !Sub "\${Records.Arn}/*"`;

const TEMPLATE = `
Parameters:
  Maybe: {Type: String}
Conditions:
  Unsure: !Equals [!Ref Maybe, "yes"]
Resources:
  Records: {Type: AWS::S3::Bucket}
  Clinicians:
    Type: AWS::IAM::Group
    Properties:
      GroupName: clinicians
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  Auditors: {Type: AWS::IAM::Group}
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
      Groups: [clinicians]
      LoginProfile: {Password: "{{resolve:secretsmanager:alice-initial}}", PasswordResetRequired: true}
      Policies:
        - PolicyName: own
          PolicyDocument:${READ.replace(/\n {8}/g, '\n            ')}
  Bob: {Type: AWS::IAM::User}
  AddBob:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref Auditors
      Users: [!Ref Bob]
  BobKey:
    Type: AWS::IAM::AccessKey
    Properties: {UserName: !Ref Bob}
  MaybeKey:
    Type: AWS::IAM::AccessKey
    Condition: Unsure
    Properties: {UserName: !Ref Bob, Status: Inactive}
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: phi-reader
      Users: [!Ref Bob]
      Roles: [!Ref Task]
      PolicyDocument:${READ}
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Groups: [!Ref Auditors]
      Roles: [!Ref Task]
      PolicyDocument:${READ}
  Task:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: sts:AssumeRole}]
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy]
      Tags: [{Key: data-class, Value: phi}]
`;

const readDoc = { version: '2012-10-17', statements: [{ effect: 'Allow', action: ['s3:GetObject'], resource: ['ref:tpl.yaml#Records/*'] }] };

describe('IAM in CloudFormation', () => {
  const r = collect(TEMPLATE);
  const alice = r.Alice as Resource<'AWS::IAM::User'>;
  const bob = r.Bob as Resource<'AWS::IAM::User'>;

  it('reads a user: console password, groups by name, inline policies; MFA and use are unknown', () => {
    expect(alice).toMatchObject({ id: 'tpl.yaml#Alice', name: 'alice', refs: ['ref:tpl.yaml#Alice', 'alice'] });
    expect(alice.props).toEqual({
      userName: 'alice',
      createdAt: unknown('creation time is known only once deployed'),
      consoleAccess: true,
      passwordLastUsed: unknown('password use is known only once deployed'),
      passwordLastChanged: unknown('password changes are known only once deployed'),
      mfaEnabled: unknown('MFA devices are enrolled by the user, outside the template'),
      accessKeys: [],
      groups: ['clinicians'],
      attachedPolicies: [],
      inlinePolicies: [{ name: 'own', document: readDoc }],
    });
  });

  it('joins group additions, access keys and managed policies into the user', () => {
    expect(bob.props).toMatchObject({
      userName: unknown('UserName is not declared: CloudFormation generates it at deploy time'),
      consoleAccess: false,
      groups: ['ref:tpl.yaml#Auditors'],
      attachedPolicies: ['ref:tpl.yaml#Reader'],
    });
    expect(bob.props.accessKeys).toEqual([
      { label: 'BobKey', status: 'Active', createdAt: unknown('known only once deployed'), lastUsedAt: unknown('known only once deployed') },
      {
        label: 'MaybeKey',
        status: unknown('MaybeKey exists only under a condition that cannot be decided: parameter Maybe has no value'),
        createdAt: unknown('known only once deployed'),
        lastUsedAt: unknown('known only once deployed'),
      },
    ]);
  });

  it('gives groups their members from users and additions, and their inline policies', () => {
    expect((r.Clinicians as Resource<'AWS::IAM::Group'>).props).toEqual({
      groupName: 'clinicians',
      members: ['ref:tpl.yaml#Alice'],
      attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      inlinePolicies: [],
    });
    expect((r.Auditors as Resource<'AWS::IAM::Group'>).props).toMatchObject({
      members: ['ref:tpl.yaml#Bob'],
      inlinePolicies: [{ name: 'extra', document: readDoc }],
    });
  });

  it('reads a role with its trust policy, and a managed policy', () => {
    expect((r.Task as Resource<'AWS::IAM::Role'>).props).toEqual({
      roleName: unknown('RoleName is not declared: CloudFormation generates it at deploy time'),
      trustPolicy: { statements: [{ effect: 'Allow', principal: { Service: ['ecs-tasks.amazonaws.com'] }, action: ['sts:AssumeRole'] }] },
      attachedPolicies: ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy', 'ref:tpl.yaml#Reader'],
      inlinePolicies: [{ name: 'extra', document: readDoc }],
    });
    expect(r.Reader).toMatchObject({ name: 'phi-reader', props: { policyName: 'phi-reader', awsManaged: false, document: readDoc } });
  });

  it('keeps an unresolvable group list unknown', () => {
    const u = collect('Parameters:\n  G: {Type: CommaDelimitedList}\nResources:\n  U:\n    Type: AWS::IAM::User\n    Properties: {Groups: !Ref G}\n').U as Resource<'AWS::IAM::User'>;
    expect(u.props.groups).toEqual(unknown('parameter G has no value'));
  });
});
