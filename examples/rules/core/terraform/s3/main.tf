# phiguard rule examples (core): S3 bucket encryption and public access.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

resource "aws_s3_bucket" "good_sse_s3" {
  bucket = "example-tf-reports"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "good_sse_s3" {
  bucket = aws_s3_bucket.good_sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "good_sse_s3" {
  bucket                  = aws_s3_bucket.good_sse_s3.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "bad_typo_encryption" {
  bucket = "example-tf-reports-typo"
}

# "AES-256" is a common typo for AES256; only the apply fails on it.
resource "aws_s3_bucket_server_side_encryption_configuration" "bad_typo_encryption" {
  bucket = aws_s3_bucket.bad_typo_encryption.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES-256"
    }
  }
}

# Static assets for the patient portal, served straight from S3 to everyone. The same
# policy makes anything uploaded here by mistake public.
resource "aws_s3_bucket" "bad_public_portal_assets" {
  bucket = "example-tf-portal-assets"
}

resource "aws_s3_bucket_public_access_block" "bad_public_portal_assets" {
  bucket                  = aws_s3_bucket.bad_public_portal_assets.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "bad_public_portal_assets" {
  bucket = aws_s3_bucket.bad_public_portal_assets.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.bad_public_portal_assets.arn}/*"
    }]
  })
}
