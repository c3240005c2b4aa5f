import { describe, expect, it } from 'vitest';
import { unknown } from '../../../../model/unknown.js';
import { byAddress, scanHcl } from '../test-support/index.js';

const MAIN = `
resource "aws_s3_bucket" "records" { bucket = "phi-records" }

resource "aws_iam_user" "alice" { name = "alice" }
resource "aws_iam_user_login_profile" "alice" { user = aws_iam_user.alice.name }
resource "aws_iam_access_key" "alice" { user = aws_iam_user.alice.name }
resource "aws_iam_access_key" "old" {
  user   = aws_iam_user.alice.name
  status = "Inactive"
}
resource "aws_iam_user" "bob" { name = "bob" }

resource "aws_iam_group" "clinicians" { name = "clinicians" }
resource "aws_iam_group" "empty" { name = "empty" }
resource "aws_iam_group_membership" "clinicians" {
  name  = "clinicians"
  group = aws_iam_group.clinicians.name
  users = [aws_iam_user.alice.name]
}
resource "aws_iam_user_group_membership" "bob" {
  user   = aws_iam_user.bob.name
  groups = ["clinicians"]
}

resource "aws_iam_policy" "read" {
  name = "phi-read"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.records.arn}/*" }]
  })
}
resource "aws_iam_group_policy_attachment" "read" {
  group      = aws_iam_group.clinicians.name
  policy_arn = aws_iam_policy.read.arn
}
resource "aws_iam_user_policy" "bob" {
  name   = "bob-own"
  user   = aws_iam_user.bob.name
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  users      = [aws_iam_user.bob.name]
  roles      = [aws_iam_role.task.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}
resource "aws_iam_role" "task" {
  name               = "task"
  assume_role_policy = data.aws_iam_policy_document.trust.json
  inline_policy {
    name   = "read"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["kms:Decrypt"], Resource = "*" }] })
  }
}
resource "aws_iam_role_policy" "more" {
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.trust.json
}
resource "aws_iam_role_policy_attachment" "logs" {
  role       = aws_iam_role.task.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 14
  require_uppercase_characters = true
  require_symbols              = true
  password_reuse_prevention    = 24
}
`;

describe('IAM in Terraform', async () => {
  const r = await scanHcl({ 'main.tf': MAIN });

  it('parses without problems', () => {
    expect(r.problems).toEqual([]);
  });

  it('joins login profiles, access keys and memberships into users', () => {
    const alice = byAddress(r, 'AWS::IAM::User', 'aws_iam_user.alice');
    expect(alice).toMatchObject({ name: 'alice', refs: ['ref:infra#aws_iam_user.alice', 'alice'] });
    expect(alice.props).toMatchObject({
      userName: 'alice',
      consoleAccess: true,
      mfaEnabled: unknown('MFA devices are enrolled by the user, outside the configuration'),
      groups: ['ref:infra#aws_iam_group.clinicians'],
      attachedPolicies: [],
      inlinePolicies: [],
    });
    expect(alice.props.accessKeys).toEqual([
      { label: 'aws_iam_access_key.alice', status: 'Active', createdAt: unknown('known only once applied'), lastUsedAt: unknown('known only once applied') },
      { label: 'aws_iam_access_key.old', status: 'Inactive', createdAt: unknown('known only once applied'), lastUsedAt: unknown('known only once applied') },
    ]);
    const bob = byAddress(r, 'AWS::IAM::User', 'aws_iam_user.bob');
    expect(bob.props).toMatchObject({
      consoleAccess: false,
      groups: ['clinicians'],
      attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      inlinePolicies: [{ name: 'bob-own', document: { statements: [{ effect: 'Allow', action: ['*'], resource: ['*'] }] } }],
    });
  });

  it('gives groups their members and attached policies', () => {
    expect(byAddress(r, 'AWS::IAM::Group', 'aws_iam_group.clinicians').props).toEqual({
      groupName: 'clinicians',
      members: ['ref:infra#aws_iam_user.alice', 'ref:infra#aws_iam_user.bob'],
      attachedPolicies: ['ref:infra#aws_iam_policy.read'],
      inlinePolicies: [],
    });
    expect(byAddress(r, 'AWS::IAM::Group', 'aws_iam_group.empty').props.members).toEqual([]);
  });

  it('reads roles; a policy document from a data source is unknown', () => {
    const role = byAddress(r, 'AWS::IAM::Role', 'aws_iam_role.task');
    const notEvaluated = unknown('data.aws_iam_policy_document.trust is not evaluated');
    expect(role.props).toEqual({
      roleName: 'task',
      trustPolicy: notEvaluated,
      attachedPolicies: ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
      inlinePolicies: [
        { name: 'read', document: { statements: [{ effect: 'Allow', action: ['kms:Decrypt'], resource: ['*'] }] } },
        { name: 'aws_iam_role_policy.more', document: notEvaluated },
      ],
    });
    expect(byAddress(r, 'AWS::IAM::ManagedPolicy', 'aws_iam_policy.read').props).toEqual({
      policyName: 'phi-read',
      awsManaged: false,
      document: { version: '2012-10-17', statements: [{ effect: 'Allow', action: ['s3:GetObject'], resource: ['ref:infra#aws_s3_bucket.records/*'] }] },
    });
  });

  it('settles IAM defaults in the password policy', () => {
    expect(byAddress(r, 'AWS::IAM::AccountPasswordPolicy', 'aws_iam_account_password_policy.strict').props.policy).toEqual({
      minimumLength: 14,
      requireUppercase: true,
      requireLowercase: false,
      requireNumbers: false,
      requireSymbols: true,
      reusePrevention: 24,
      maxAgeDays: null,
    });
  });
});
