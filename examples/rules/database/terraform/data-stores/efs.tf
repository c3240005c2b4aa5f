# Shared file systems for scanned referral documents, one good and one bad.

resource "aws_kms_key" "scans" {
  description         = "Customer-managed key for scanned documents"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "good_scans" {
  encrypted  = true
  kms_key_id = aws_kms_key.scans.arn

  tags = {
    Name = "referral-scans"
  }
}

resource "aws_efs_file_system_policy" "good_scans_tls" {
  file_system_id = aws_efs_file_system.good_scans.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "*"
      Resource  = aws_efs_file_system.good_scans.arn
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_efs_file_system" "bad_aws_managed_key" {
  encrypted = true

  tags = {
    Name = "intake-uploads"
  }
}

resource "aws_efs_file_system" "bad_scratch" {
  tags = {
    Name = "report-scratch"
  }
}
