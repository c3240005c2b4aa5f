import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

const T = 'AWS::SecretsManager::Secret';

describe('aws_secretsmanager_secret', () => {
  it('settles defaults and joins rotation by reference or name', async () => {
    const main = `
resource "aws_kms_key" "k" {}
resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db"
  kms_key_id = aws_kms_key.k.arn
}
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
resource "aws_secretsmanager_secret" "api" {
  name = "api"
}
resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id = "api"
  rotation_rules {
    schedule_expression = "rate(4 hours)"
  }
}
resource "aws_secretsmanager_secret" "legacy" {
  name_prefix = "legacy-"
}
`;
    const r = await scanHcl({ 'main.tf': main });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, T, 'aws_secretsmanager_secret.db')).toMatchObject({
      name: 'prod/db',
      props: { secretName: 'prod/db', kmsKeyId: 'ref:infra#aws_kms_key.k', rotationEnabled: true, rotationIntervalDays: 30, lastChangedDate: { $unknown: 'known only to a live scan' } },
    });
    expect(byAddress(r, T, 'aws_secretsmanager_secret.api').props).toMatchObject({ kmsKeyId: null, rotationEnabled: true, rotationIntervalDays: 4 / 24 });
    expect(byAddress(r, T, 'aws_secretsmanager_secret.legacy').props).toMatchObject({
      secretName: { $unknown: 'secret name is generated from name_prefix at apply' },
      rotationEnabled: false,
      rotationIntervalDays: null,
    });
  });
});
