terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

variable "function_security_group_id" {
  type    = string
  default = "sg-0a1b2c3d4e5f60001"
}

data "aws_caller_identity" "current" {}

resource "aws_kms_key" "lambda" {
  description         = "Lambda environment and dead-letter queue"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "dlq" {
  name              = "claims-intake-dlq"
  kms_master_key_id = aws_kms_key.lambda.arn
}

resource "aws_iam_role" "good_claims" {
  name = "good-claims-intake"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role" "shared" {
  name = "shared-lambda"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_lambda_function" "good_claims" {
  function_name                  = "good-claims-intake"
  role                           = aws_iam_role.good_claims.arn
  runtime                        = "python3.12"
  handler                        = "app.handler"
  s3_bucket                      = "claims-artifacts"
  s3_key                         = "intake.zip"
  kms_key_arn                    = aws_kms_key.lambda.arn
  reserved_concurrent_executions = 50

  environment {
    variables = { TABLE_NAME = "claims" }
  }

  vpc_config {
    subnet_ids         = var.private_subnet_ids
    security_group_ids = [var.function_security_group_id]
  }

  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }

  tags = { data-classification = "phi" }
}

resource "aws_lambda_permission" "good_claims_from_bucket" {
  function_name  = aws_lambda_function.good_claims.function_name
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::claims-inbox-111122223333"
  source_account = data.aws_caller_identity.current.account_id
}

resource "aws_lambda_function_url" "good_claims" {
  function_name      = aws_lambda_function.good_claims.function_name
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function" "bad_report" {
  function_name = "bad-claims-report"
  role          = aws_iam_role.shared.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  s3_bucket     = "claims-artifacts"
  s3_key        = "report.zip"

  environment {
    variables = { DB_HOST = "claims.cluster-abc.us-east-1.rds.amazonaws.com" }
  }

  tags = { data-classification = "phi" }
}

resource "aws_lambda_permission" "bad_report_from_any_bucket" {
  function_name = aws_lambda_function.bad_report.function_name
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
}

resource "aws_lambda_function_url" "bad_report" {
  function_name      = aws_lambda_function.bad_report.function_name
  authorization_type = "NONE"
}

resource "aws_lambda_function" "bad_thumbnails" {
  function_name = "bad-thumbnails"
  role          = aws_iam_role.shared.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  s3_bucket     = "claims-artifacts"
  s3_key        = "thumbs.zip"

  vpc_config {
    subnet_ids         = var.private_subnet_ids
    security_group_ids = [var.function_security_group_id]
  }

  tags = { data-classification = "phi" }
}
