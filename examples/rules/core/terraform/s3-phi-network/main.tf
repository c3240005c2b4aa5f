# phiguard rule examples (core): PHI buckets reachable only from approved networks.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "s3_endpoint_id" {
  description = "The workload VPC's S3 gateway endpoint"
  type        = string
  default     = "vpce-0a1b2c3d4e5f60789"
}

resource "aws_s3_bucket" "good_vpce_only" {
  bucket = "example-tf-imaging-studies"
  tags = {
    data-classification = "phi"
  }
}

resource "aws_s3_bucket_policy" "good_vpce_only" {
  bucket = aws_s3_bucket.good_vpce_only.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyOutsideVpceAndOffice"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.good_vpce_only.arn, "${aws_s3_bucket.good_vpce_only.arn}/*"]
      Condition = {
        StringNotEquals = { "aws:SourceVpce" = var.s3_endpoint_id }
        NotIpAddress    = { "aws:SourceIp" = "203.0.113.0/24" }
      }
    }]
  })
}

# No network condition: leaked keys read the records from anywhere.
resource "aws_s3_bucket" "bad_open_network" {
  bucket = "example-tf-referral-letters"
  tags = {
    data-classification = "phi"
  }
}

resource "aws_s3_bucket_policy" "bad_open_network" {
  bucket = aws_s3_bucket.bad_open_network.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.bad_open_network.arn, "${aws_s3_bucket.bad_open_network.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
