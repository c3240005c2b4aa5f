# CareBridge Telehealth (fictional): the claims service. Some resources are deliberately
# non-compliant so phiguard has something to find.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      app   = "carebridge"
      owner = "claims-team"
    }
  }
}

locals {
  name_prefix = "carebridge-${var.environment}"
}

resource "aws_kms_key" "claims" {
  description         = "Encrypts claims documents"
  enable_key_rotation = true
}

resource "aws_kms_alias" "claims" {
  name          = "alias/carebridge-claims"
  target_key_id = aws_kms_key.claims.key_id
}

# Claims documents: compliant, built by the local module.
module "claims_archive" {
  source      = "./modules/phi-bucket"
  bucket_name = "${local.name_prefix}-claims-archive"
  kms_key_arn = aws_kms_key.claims.arn
  log_bucket  = aws_s3_bucket.logs.id
}

# Lab results: PHI, but only SSE-S3, versioning suspended, no public access block.
resource "aws_s3_bucket" "lab_results" {
  bucket = "${local.name_prefix}-lab-results"
  tags = {
    phi = "true"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "lab_results" {
  bucket = aws_s3_bucket.lab_results.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "lab_results" {
  bucket = aws_s3_bucket.lab_results.id
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.name_prefix}-s3-access-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

# Account-wide block public access: only half of it is on.
resource "aws_s3_account_public_access_block" "this" {
  block_public_acls   = true
  block_public_policy = true
}

resource "aws_cloudtrail" "claims" {
  name                  = "${local.name_prefix}-claims-trail"
  s3_bucket_name        = aws_s3_bucket.logs.id
  is_multi_region_trail = false
}

resource "aws_cloudwatch_log_group" "claims_api" {
  name              = "/carebridge/claims-api"
  retention_in_days = var.audit_log_retention_days
  kms_key_id        = aws_kms_key.claims.arn
}

resource "aws_cloudwatch_log_group" "claims_debug" {
  name              = "/carebridge/claims-debug"
  retention_in_days = 14
  kms_key_id        = var.debug_logs_key_arn
}
