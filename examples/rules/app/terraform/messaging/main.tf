terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

resource "aws_kms_key" "messaging" {
  description         = "Remote-monitoring topics, queues and streams"
  enable_key_rotation = true
}

resource "aws_sns_topic" "good_results" {
  name              = "good-lab-results"
  kms_master_key_id = aws_kms_key.messaging.arn
  tags              = { data-classification = "phi" }
}

resource "aws_sns_topic" "bad_alerts" {
  name = "bad-patient-alerts"
  tags = { data-classification = "phi" }
}

resource "aws_sqs_queue" "good_intake" {
  name                              = "good-hl7-intake"
  kms_master_key_id                 = aws_kms_key.messaging.arn
  kms_data_key_reuse_period_seconds = 300
  tags                              = { data-classification = "phi" }
}

resource "aws_sqs_queue" "bad_retry" {
  name                    = "bad-hl7-retry"
  sqs_managed_sse_enabled = false
  tags                    = { data-classification = "phi" }
}

resource "aws_kinesis_stream" "good_vitals" {
  name            = "good-device-vitals"
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.messaging.arn

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "bad_vitals_raw" {
  name        = "bad-device-vitals-raw"
  shard_count = 2
}
