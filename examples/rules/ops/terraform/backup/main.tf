data "aws_caller_identity" "current" {}

resource "aws_kms_key" "backup" {
  description         = "AWS Backup vault key"
  enable_key_rotation = true
}

resource "aws_backup_vault" "good_vault" {
  name        = "phi-vault"
  kms_key_arn = aws_kms_key.backup.arn
}

resource "aws_backup_vault_policy" "good_vault" {
  backup_vault_name = aws_backup_vault.good_vault.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyRecoveryPointDeletion"
      Effect    = "Deny"
      Principal = "*"
      Action    = ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"]
      Resource  = "*"
    }]
  })
}

# aws/backup key; a governance-mode lock anyone with the permission can lift.
resource "aws_backup_vault" "bad_vault" {
  name = "scratch-vault"
}

resource "aws_backup_vault_lock_configuration" "bad_vault" {
  backup_vault_name  = aws_backup_vault.bad_vault.name
  min_retention_days = 7
}

resource "aws_backup_plan" "good_plan" {
  name = "phi-daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.good_vault.name
    schedule          = "cron(0 5 ? * * *)"
    lifecycle {
      delete_after = 35
    }
    copy_action {
      destination_vault_arn = "arn:aws:backup:us-west-2:${data.aws_caller_identity.current.account_id}:backup-vault:phi-vault-dr"
      lifecycle {
        delete_after = 35
      }
    }
  }
}

resource "aws_backup_plan" "bad_plan" {
  name = "monthly"
  rule {
    rule_name         = "monthly"
    target_vault_name = aws_backup_vault.bad_vault.name
    schedule          = "cron(0 5 1 * ? *)"
    lifecycle {
      delete_after = 30
    }
  }
}

resource "aws_iam_role" "backup" {
  name = "aws-backup"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "backup.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_backup_selection" "phi" {
  plan_id      = aws_backup_plan.good_plan.id
  name         = "phi-tagged"
  iam_role_arn = aws_iam_role.backup.arn
  resources    = ["*"]
  condition {
    string_equals {
      key   = "aws:ResourceTag/data-classification"
      value = "phi"
    }
  }
}

resource "aws_db_instance" "good_records" {
  identifier                  = "records"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  storage_encrypted           = true
  username                    = "records"
  manage_master_user_password = true
  tags = {
    data-classification = "phi"
  }
}

# No tag, so the tag-based selection misses it.
resource "aws_db_instance" "bad_reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  storage_encrypted           = true
  username                    = "reporting"
  manage_master_user_password = true
}

resource "aws_dynamodb_table" "good_patients" {
  name         = "patients"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "patientId"
  attribute {
    name = "patientId"
    type = "S"
  }
  server_side_encryption {
    enabled = true
  }
  point_in_time_recovery {
    enabled = true
  }
  tags = {
    data-classification = "phi"
  }
}

resource "aws_dynamodb_table" "bad_sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "sessionId"
  attribute {
    name = "sessionId"
    type = "S"
  }
}

resource "aws_efs_file_system" "good_scans" {
  encrypted = true
  tags = {
    data-classification = "phi"
  }
}

resource "aws_efs_file_system" "bad_scratch" {
  encrypted = true
}
