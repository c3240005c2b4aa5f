# Patient records on RDS for PostgreSQL and claims on Aurora MySQL: one good and one bad of each.

resource "aws_kms_key" "phi" {
  description         = "Customer-managed key for patient databases"
  enable_key_rotation = true
}

resource "aws_db_parameter_group" "good_tls" {
  name   = "patients-postgres16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_parameter_group" "bad_tls" {
  name   = "legacy-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF"
  }
}

resource "aws_db_instance" "good_patients" {
  identifier                          = "patients-db"
  engine                              = "postgres"
  engine_version                      = "16.3"
  instance_class                      = "db.r6g.large"
  allocated_storage                   = 100
  username                            = "records_admin"
  manage_master_user_password         = true
  db_subnet_group_name                = "phi-private-db-subnets"
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.phi.arn
  multi_az                            = true
  backup_retention_period             = 35
  deletion_protection                 = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring-role"
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
  iam_database_authentication_enabled = true
  parameter_group_name                = aws_db_parameter_group.good_tls.name
}

resource "aws_db_instance" "bad_scheduling" {
  identifier                  = "scheduling-db"
  engine                      = "mysql"
  engine_version              = "8.0.36"
  instance_class              = "db.t3.medium"
  allocated_storage           = 20
  username                    = "scheduling"
  manage_master_user_password = true
  publicly_accessible         = true
  backup_retention_period     = 7
  auto_minor_version_upgrade  = false
  parameter_group_name        = aws_db_parameter_group.bad_tls.name
  skip_final_snapshot         = true
}

resource "aws_db_instance" "bad_aws_managed_key" {
  identifier                  = "referrals-db"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t3.medium"
  allocated_storage           = 20
  username                    = "referrals"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_parameter_group" "good_claims" {
  name   = "claims-aurora-mysql80"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_rds_cluster" "good_claims" {
  cluster_identifier                  = "claims"
  engine                              = "aurora-mysql"
  engine_version                      = "8.0.mysql_aurora.3.05.2"
  master_username                     = "claims_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.phi.arn
  backup_retention_period             = 35
  deletion_protection                 = true
  enabled_cloudwatch_logs_exports     = ["audit", "error"]
  iam_database_authentication_enabled = true
  db_cluster_parameter_group_name     = aws_rds_cluster_parameter_group.good_claims.name
}

resource "aws_rds_cluster_instance" "good_claims" {
  count               = 2
  identifier          = "claims-${count.index}"
  cluster_identifier  = aws_rds_cluster.good_claims.id
  engine              = "aurora-mysql"
  instance_class      = "db.r6g.large"
  monitoring_interval = 60
  monitoring_role_arn = "arn:aws:iam::111122223333:role/rds-monitoring-role"
}

resource "aws_rds_cluster" "bad_claims_staging" {
  cluster_identifier          = "claims-staging"
  engine                      = "aurora-postgresql"
  master_username             = "claims_admin"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "bad_claims_staging" {
  identifier         = "claims-staging-0"
  cluster_identifier = aws_rds_cluster.bad_claims_staging.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
