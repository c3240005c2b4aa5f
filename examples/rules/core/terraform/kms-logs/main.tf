# phiguard rule examples (core): KMS key rotation and log group encryption.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

resource "aws_kms_key" "good_rotating" {
  description             = "Encrypts the scheduling service's data"
  enable_key_rotation     = true
  rotation_period_in_days = 365
}

# enable_key_rotation defaults to false in the AWS provider.
resource "aws_kms_key" "bad_never_rotated" {
  description = "Encrypts the billing exports"
}

resource "aws_cloudwatch_log_group" "good_encrypted" {
  name              = "/scheduling/api"
  retention_in_days = 2192
  kms_key_id        = aws_kms_key.good_rotating.arn
}

# Only the CloudWatch Logs service key: anyone with logs:GetLogEvents reads the PHI in it.
resource "aws_cloudwatch_log_group" "bad_service_key_only" {
  name              = "/billing/api"
  retention_in_days = 2192
}
