terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "private_subnet_id" {
  type    = string
  default = "subnet-0a1b2c3d4e5f60001"
}

variable "notebook_security_group_id" {
  type    = string
  default = "sg-0a1b2c3d4e5f60001"
}

variable "sagemaker_role_arn" {
  type    = string
  default = "arn:aws:iam::111122223333:role/sagemaker-research"
}

resource "aws_kms_key" "ml" {
  description         = "SageMaker notebook and endpoint storage"
  enable_key_rotation = true
}

resource "aws_sagemaker_notebook_instance" "good_cohort" {
  name                   = "good-cohort-analysis"
  role_arn               = var.sagemaker_role_arn
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.ml.id
  subnet_id              = var.private_subnet_id
  security_groups        = [var.notebook_security_group_id]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "bad_scratch" {
  name          = "bad-scratch"
  role_arn      = var.sagemaker_role_arn
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_endpoint_configuration" "good_readmission" {
  name        = "good-readmission-v3"
  kms_key_arn = aws_kms_key.ml.arn

  production_variants {
    variant_name           = "main"
    model_name             = "readmission-v3"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "aws_sagemaker_endpoint_configuration" "bad_readmission_canary" {
  name = "bad-readmission-canary"

  production_variants {
    variant_name           = "canary"
    model_name             = "readmission-v4"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
