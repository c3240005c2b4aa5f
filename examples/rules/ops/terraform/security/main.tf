resource "aws_guardduty_detector" "good_detector" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

# Suspended during a cost review and never turned back on.
resource "aws_guardduty_detector" "bad_detector" {
  enable = false
}

resource "aws_securityhub_account" "good_hub" {}

# Hub on, but every standard left off: it evaluates nothing by itself.
resource "aws_securityhub_account" "bad_hub" {
  enable_default_standards = false
}

resource "aws_iam_role" "config" {
  name = "aws-config"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "config.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket" "config" {
  bucket = "example-config-history"
}

resource "aws_config_configuration_recorder" "good_recorder" {
  name     = "default"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_delivery_channel" "main" {
  s3_bucket_name = aws_s3_bucket.config.id
  depends_on     = [aws_config_configuration_recorder.good_recorder]
}

resource "aws_config_configuration_recorder_status" "good_recorder" {
  name       = aws_config_configuration_recorder.good_recorder.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}

# Declared but never started: no aws_config_configuration_recorder_status.
resource "aws_config_configuration_recorder" "bad_recorder" {
  name     = "never-started"
  role_arn = aws_iam_role.config.arn
}

resource "aws_sns_topic" "security_alerts" {
  name              = "security-alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_metric_alarm" "good_api_5xx" {
  alarm_name          = "phi-api-5xx"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 10
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "bad_api_latency" {
  alarm_name          = "phi-api-latency"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
  actions_enabled     = false
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}
