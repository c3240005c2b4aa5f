# Session and appointment caches, and an EHR migration instance, good and bad.

resource "aws_kms_key" "cache" {
  description         = "Customer-managed key for caches"
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "good_sessions" {
  replication_group_id       = "patient-sessions"
  description                = "Patient portal sessions"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  subnet_group_name          = "phi-private-cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  snapshot_retention_limit   = 15
  snapshot_window            = "03:00-04:00"
}

resource "aws_elasticache_replication_group" "bad_queue" {
  replication_group_id     = "intake-queue"
  description              = "Intake work queue"
  node_type                = "cache.t4g.medium"
  num_cache_clusters       = 1
  snapshot_retention_limit = 5
}

resource "aws_dax_cluster" "good_appointments" {
  cluster_name                     = "appointments-cache"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax-appointments"
  cluster_endpoint_encryption_type = "TLS"

  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "bad_reports" {
  cluster_name       = "reports-cache"
  node_type          = "dax.t3.small"
  replication_factor = 1
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax-reports"
}

resource "aws_dms_replication_instance" "good_ehr_migration" {
  replication_instance_id     = "ehr-migration"
  replication_instance_class  = "dms.r5.large"
  replication_subnet_group_id = "phi-private-dms"
  kms_key_arn                 = aws_kms_key.cache.arn
}

resource "aws_dms_replication_instance" "bad_vendor_import" {
  replication_instance_id    = "vendor-import"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true
}
