# Claims warehouse on Redshift, a good production cluster and a bad ad hoc one.

resource "aws_kms_key" "warehouse" {
  description         = "Customer-managed key for the claims warehouse"
  enable_key_rotation = true
}

resource "aws_redshift_parameter_group" "good_warehouse" {
  name   = "claims-warehouse"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "good_warehouse" {
  cluster_identifier                  = "claims-warehouse"
  node_type                           = "ra3.xlplus"
  cluster_type                        = "multi-node"
  number_of_nodes                     = 2
  database_name                       = "claims"
  master_username                     = "warehouse_admin"
  manage_master_password              = true
  cluster_subnet_group_name           = "phi-private-redshift"
  publicly_accessible                 = false
  encrypted                           = true
  kms_key_id                          = aws_kms_key.warehouse.arn
  enhanced_vpc_routing                = true
  automated_snapshot_retention_period = 35
  preferred_maintenance_window        = "sun:05:00-sun:05:30"
  cluster_parameter_group_name        = aws_redshift_parameter_group.good_warehouse.name
}

resource "aws_redshift_logging" "good_warehouse" {
  cluster_identifier   = aws_redshift_cluster.good_warehouse.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_redshift_cluster" "bad_adhoc" {
  cluster_identifier           = "claims-adhoc"
  node_type                    = "ra3.xlplus"
  cluster_type                 = "single-node"
  database_name                = "adhoc"
  master_username              = "analyst"
  manage_master_password       = true
  allow_version_upgrade        = false
  skip_final_snapshot          = true
  cluster_parameter_group_name = "default.redshift-1.0"
}
