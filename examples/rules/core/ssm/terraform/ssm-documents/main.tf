terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_kms_key" "sessions" {
  description         = "Encrypts Session Manager logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "sessions" {
  name              = "/ssm/sessions"
  retention_in_days = 2192
  kms_key_id        = aws_kms_key.sessions.arn
}

# Session Manager reads each region's preferences from this exact document name.
resource "aws_ssm_document" "good_session_preferences" {
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "JSON"

  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName                = ""
      s3EncryptionEnabled         = true
      cloudWatchLogGroupName      = aws_cloudwatch_log_group.sessions.name
      cloudWatchEncryptionEnabled = true
      cloudWatchStreamingEnabled  = true
      kmsKeyId                    = aws_kms_key.sessions.key_id
      runAsEnabled                = false
    }
  })
}

# The DR region got preferences without a log destination: sessions there are not recorded.
resource "aws_ssm_document" "bad_session_preferences" {
  provider        = aws.dr
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "YAML"

  content = <<-DOC
    schemaVersion: "1.0"
    description: Session Manager preferences
    sessionType: Standard_Stream
    inputs:
      s3BucketName: ""
      cloudWatchLogGroupName: ""
      idleSessionTimeout: "20"
  DOC
}

# Shared with the security tooling account only.
resource "aws_ssm_document" "good_restart_app_runbook" {
  name          = "restart-ehr-app"
  document_type = "Command"

  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Restart the EHR application service"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "restart"
      inputs = { runCommand = ["systemctl restart ehr-app"] }
    }]
  })

  permissions = {
    type        = "Share"
    account_ids = "444455556666"
  }
}

# Published "for the community": every AWS account can read where the PHI exports land.
resource "aws_ssm_document" "bad_public_export_runbook" {
  name          = "export-phi-to-s3"
  document_type = "Command"

  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Export patient records to the analytics bucket"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "export"
      inputs = { runCommand = ["/opt/ehr/bin/export --to s3://acme-phi-analytics/exports/"] }
    }]
  })

  permissions = {
    type        = "Share"
    account_ids = "All"
  }
}
