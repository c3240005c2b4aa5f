terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "kdc_admin_password" {
  type      = string
  sensitive = true
}

resource "aws_vpc" "analytics" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "good_private" {
  vpc_id     = aws_vpc.analytics.id
  cidr_block = "10.20.1.0/24"
}

resource "aws_subnet" "bad_public" {
  vpc_id                  = aws_vpc.analytics.id
  cidr_block              = "10.20.100.0/24"
  map_public_ip_on_launch = true
}

resource "aws_emr_security_configuration" "good_kerberos" {
  name = "good-phi-kerberos"
  configuration = jsonencode({
    AuthenticationConfiguration = {
      KerberosConfiguration = {
        Provider                         = "ClusterDedicatedKdc"
        ClusterDedicatedKdcConfiguration = { TicketLifetimeInHours = 24 }
      }
    }
  })
}

resource "aws_emr_security_configuration" "bad_encryption_only" {
  name = "bad-encryption-only"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = false
      EnableInTransitEncryption = false
    }
  })
}

resource "aws_emr_cluster" "good_claims" {
  name                   = "good-claims-analytics"
  release_label          = "emr-7.1.0"
  applications           = ["Spark", "Hive"]
  service_role           = "EMR_DefaultRole"
  security_configuration = aws_emr_security_configuration.good_kerberos.name

  kerberos_attributes {
    realm              = "EC2.INTERNAL"
    kdc_admin_password = var.kdc_admin_password
  }

  ec2_attributes {
    subnet_id        = aws_subnet.good_private.id
    instance_profile = "EMR_EC2_DefaultRole"
  }

  master_instance_group { instance_type = "m5.xlarge" }
  core_instance_group {
    instance_type  = "m5.xlarge"
    instance_count = 2
  }

  tags = { data-classification = "phi" }
}

resource "aws_emr_cluster" "bad_adhoc" {
  name                   = "bad-adhoc-notebooks"
  release_label          = "emr-7.1.0"
  applications           = ["Spark", "JupyterEnterpriseGateway"]
  service_role           = "EMR_DefaultRole"
  security_configuration = aws_emr_security_configuration.bad_encryption_only.name

  ec2_attributes {
    subnet_id        = aws_subnet.bad_public.id
    instance_profile = "EMR_EC2_DefaultRole"
  }

  master_instance_group { instance_type = "m5.xlarge" }
  core_instance_group { instance_type = "m5.xlarge" }

  tags = { data-classification = "phi" }
}
