# phiguard rule examples (core): CloudTrail trails. good_trail is what a HIPAA workload
# needs; bad_trail and bad_single_region leave out what the provider does not turn on.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

data "aws_caller_identity" "current" {}

resource "aws_kms_key" "trail" {
  description         = "Encrypts CloudTrail log files"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/audit/cloudtrail"
  retention_in_days = 2192
  kms_key_id        = aws_kms_key.trail.arn
}

resource "aws_s3_bucket" "good_patient_files" {
  bucket = "example-tf-patient-files"
  tags = {
    data-classification = "phi"
  }
}

resource "aws_s3_bucket" "bad_intake_forms" {
  bucket = "example-tf-intake-forms"
  tags = {
    data-classification = "phi"
  }
}

resource "aws_cloudtrail" "good_trail" {
  name                       = "example-tf-audit"
  s3_bucket_name             = "example-log-archive-111122223333"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/cloudtrail-to-logs"

  event_selector {
    read_write_type           = "All"
    include_management_events = true
    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.good_patient_files.arn}/"]
    }
  }
}

# Object-level logging for uploads only (to save on event charges): reads of PHI go
# unrecorded. No digest files, SSE-S3 only, nothing in CloudWatch Logs.
resource "aws_cloudtrail" "bad_trail" {
  name                  = "example-tf-intake"
  s3_bucket_name        = "example-log-archive-111122223333"
  is_multi_region_trail = true

  advanced_event_selector {
    name = "Intake form uploads"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ["${aws_s3_bucket.bad_intake_forms.arn}/"]
    }
  }
}

# A team's own trail for its home region only: activity anywhere else goes unrecorded.
resource "aws_cloudtrail" "bad_single_region" {
  name                       = "example-tf-team"
  s3_bucket_name             = "example-log-archive-111122223333"
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/cloudtrail-to-logs"
}
