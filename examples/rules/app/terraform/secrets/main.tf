terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

resource "aws_kms_key" "secrets" {
  description         = "Secrets Manager secrets of the claims service"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "good_db" {
  name       = "prod/claims/db"
  kms_key_id = aws_kms_key.secrets.arn
  tags       = { data-classification = "phi" }
}

resource "aws_secretsmanager_secret_rotation" "good_db" {
  secret_id           = aws_secretsmanager_secret.good_db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:postgres-rotator"

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "bad_api_key" {
  name = "prod/claims/clearinghouse-api-key"
}
