# Who can read the patient-records bucket. good_* principals reach PHI only through
# policies that name the bucket and key (and, for people, demand MFA); bad_* ones show
# the usual ways access to PHI grows by accident.

resource "aws_kms_key" "phi" {
  description         = "Patient records"
  enable_key_rotation = true
  tags                = { data-classification = "phi" }
}

resource "aws_s3_bucket" "patient_records" {
  bucket = "telehealth-patient-records"
  tags   = { data-classification = "phi" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "patient_records" {
  bucket = aws_s3_bucket.patient_records.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.phi.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "reports" {
  bucket = "telehealth-reports"
}

# People: clinicians read records through their group, only in an MFA session.
resource "aws_iam_group" "good_clinicians" {
  name = "clinicians"
}

resource "aws_iam_policy" "good_clinician_read" {
  name = "clinician-read-records"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ReadRecordsWithMfa"
        Effect    = "Allow"
        Action    = ["s3:GetObject", "s3:GetObjectVersion"]
        Resource  = "${aws_s3_bucket.patient_records.arn}/*"
        Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
      },
      {
        Sid       = "DecryptRecordsWithMfa"
        Effect    = "Allow"
        Action    = "kms:Decrypt"
        Resource  = aws_kms_key.phi.arn
        Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
      },
    ]
  })
}

resource "aws_iam_group_policy_attachment" "good_clinician_read" {
  group      = aws_iam_group.good_clinicians.name
  policy_arn = aws_iam_policy.good_clinician_read.arn
}

resource "aws_iam_user" "good_clinician" {
  name = "dr.amara.okafor"
}

resource "aws_iam_user_login_profile" "good_clinician" {
  user                    = aws_iam_user.good_clinician.name
  password_reset_required = true
}

resource "aws_iam_group_membership" "good_clinicians" {
  name  = "clinicians"
  group = aws_iam_group.good_clinicians.name
  users = [aws_iam_user.good_clinician.name]
}

resource "aws_iam_group" "bad_auditors" {
  name = "auditors"
}

resource "aws_iam_group_policy_attachment" "bad_auditors" {
  group      = aws_iam_group.bad_auditors.name
  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"
}

# Workloads: the ingest service names the bucket and key it uses.
resource "aws_iam_role" "good_ingest" {
  name = "records-ingest"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_policy" "good_ingest" {
  name = "records-ingest"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:PutObject", "s3:GetObject"], Resource = "${aws_s3_bucket.patient_records.arn}/*" },
      { Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = aws_kms_key.phi.arn },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "good_ingest" {
  role       = aws_iam_role.good_ingest.name
  policy_arn = aws_iam_policy.good_ingest.arn
}

# An analytics job given "read anything" reads the patient records too.
resource "aws_iam_role" "bad_analytics" {
  name = "analytics"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "glue.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "bad_analytics" {
  name = "read-everything"
  role = aws_iam_role.bad_analytics.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject", "s3:ListBucket"], Resource = "*" },
      { Effect = "Allow", Action = "kms:Decrypt", Resource = "*" },
    ]
  })
}

# A nightly export run with a user's key, permissions attached straight to the user.
resource "aws_iam_user" "bad_etl" {
  name = "etl-export"
}

resource "aws_iam_user_policy" "bad_etl" {
  name = "export-records"
  user = aws_iam_user.bad_etl.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.patient_records.arn}/*" }]
  })
}

resource "aws_iam_access_key" "bad_etl" {
  user = aws_iam_user.bad_etl.name
}

# A reporting bot whose key reaches only the reports bucket.
resource "aws_iam_user" "good_reports_bot" {
  name = "reports-bot"
}

resource "aws_iam_group" "good_reporting" {
  name = "reporting"
}

resource "aws_iam_policy" "good_read_reports" {
  name = "read-reports"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.reports.arn}/*" }]
  })
}

resource "aws_iam_group_policy_attachment" "good_read_reports" {
  group      = aws_iam_group.good_reporting.name
  policy_arn = aws_iam_policy.good_read_reports.arn
}

resource "aws_iam_user_group_membership" "good_reports_bot" {
  user   = aws_iam_user.good_reports_bot.name
  groups = [aws_iam_group.good_reporting.name]
}

resource "aws_iam_access_key" "good_reports_bot" {
  user = aws_iam_user.good_reports_bot.name
}

# Customer managed policies that AWS Config, cdk-nag and Prowler flag.
resource "aws_iam_policy" "bad_break_glass" {
  name   = "break-glass"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_policy" "bad_storage_admin" {
  name   = "storage-admin"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:*", "dynamodb:*"], Resource = "*" }] })
}

resource "aws_iam_policy" "bad_procurement" {
  name   = "procurement"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["aws-marketplace:Subscribe", "aws-marketplace:ViewSubscriptions"], Resource = "*" }] })
}

resource "aws_iam_policy" "bad_decrypt_anything" {
  name   = "decrypt-anything"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["kms:Decrypt", "kms:DescribeKey"], Resource = "*" }] })
}
