# Search over clinical notes, a well-configured OpenSearch domain and a legacy Elasticsearch one.

resource "aws_kms_key" "notes" {
  description         = "Customer-managed key for the clinical notes index"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "notes_search" {
  name              = "/aws/opensearch/clinical-notes"
  retention_in_days = 2192
}

resource "aws_opensearch_domain" "good_notes" {
  domain_name    = "clinical-notes"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = 2
    zone_awareness_enabled = true
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.notes.arn
  }

  node_to_node_encryption {
    enabled = true
  }

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.notes_search.arn
  }
}

resource "aws_elasticsearch_domain" "bad_legacy_referrals" {
  domain_name           = "legacy-referrals"
  elasticsearch_version = "6.8"

  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }

  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }

  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.notes_search.arn
  }
}
