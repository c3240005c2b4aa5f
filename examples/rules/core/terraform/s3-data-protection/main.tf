# phiguard rule examples (core): how a records bucket is protected against loss and how
# long its audit logs are kept.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

resource "aws_iam_role" "replication" {
  name = "s3-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket" "good_records" {
  bucket              = "example-tf-clinical-records"
  object_lock_enabled = true
}

resource "aws_s3_bucket_versioning" "good_records" {
  bucket = aws_s3_bucket.good_records.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_object_lock_configuration" "good_records" {
  bucket = aws_s3_bucket.good_records.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 2192
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "good_records" {
  bucket = aws_s3_bucket.good_records.id
  role   = aws_iam_role.replication.arn
  rule {
    id     = "disaster-recovery"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = "arn:aws:s3:::example-tf-clinical-records-dr-us-west-2"
    }
  }
}

resource "aws_s3_bucket_notification" "good_records" {
  bucket      = aws_s3_bucket.good_records.id
  eventbridge = true
}

resource "aws_s3_bucket_lifecycle_configuration" "good_records" {
  bucket = aws_s3_bucket.good_records.id
  rule {
    id     = "noncurrent-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
    noncurrent_version_expiration {
      noncurrent_days = 2192
    }
  }
}

resource "aws_s3_bucket_logging" "good_records" {
  bucket        = aws_s3_bucket.good_records.id
  target_bucket = aws_s3_bucket.good_audit_logs.id
  target_prefix = "s3/clinical-records/"
}

# Versioned with old versions kept forever, ACLs still in use for log delivery, no Object
# Lock, no replica, no notifications.
resource "aws_s3_bucket" "bad_records" {
  bucket = "example-tf-billing-records"
}

resource "aws_s3_bucket_versioning" "bad_records" {
  bucket = aws_s3_bucket.bad_records.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_ownership_controls" "bad_records" {
  bucket = aws_s3_bucket.bad_records.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "bad_records" {
  depends_on = [aws_s3_bucket_ownership_controls.bad_records]
  bucket     = aws_s3_bucket.bad_records.id
  acl        = "log-delivery-write"
}

resource "aws_s3_bucket_logging" "bad_records" {
  bucket        = aws_s3_bucket.bad_records.id
  target_bucket = aws_s3_bucket.bad_audit_logs.id
  target_prefix = "s3/billing-records/"
}

resource "aws_s3_bucket" "good_audit_logs" {
  bucket = "example-tf-audit-logs-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "good_audit_logs" {
  bucket = aws_s3_bucket.good_audit_logs.id
  rule {
    id     = "archive-logs"
    status = "Enabled"
    filter {}
    transition {
      days          = 90
      storage_class = "DEEP_ARCHIVE"
    }
    expiration {
      days = 2557
    }
  }
}

resource "aws_s3_bucket" "bad_audit_logs" {
  bucket = "example-tf-audit-logs-short"
}

# "Logs are only needed for a year": the HIPAA documentation clock says six.
resource "aws_s3_bucket_lifecycle_configuration" "bad_audit_logs" {
  bucket = aws_s3_bucket.bad_audit_logs.id
  rule {
    id     = "expire-logs"
    status = "Enabled"
    filter {
      prefix = "s3/"
    }
    expiration {
      days = 365
    }
  }
}
