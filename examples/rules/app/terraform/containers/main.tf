terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

variable "cluster_role_arn" {
  type    = string
  default = "arn:aws:iam::111122223333:role/eks-cluster"
}

resource "aws_kms_key" "eks" {
  description         = "EKS secrets envelope encryption"
  enable_key_rotation = true
}

resource "aws_ecs_task_definition" "good_portal" {
  family                   = "good-portal-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/portal-api:1.8.2"
      readonlyRootFilesystem = true
      user                   = "1000:1000"
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
    }
  ])

  volume {
    name = "tmp"
  }
}

resource "aws_ecs_task_definition" "good_metrics_agent" {
  family       = "good-metrics-agent"
  network_mode = "host"

  container_definitions = jsonencode([
    {
      name                   = "agent"
      image                  = "public.ecr.aws/cloudwatch-agent/cloudwatch-agent:latest"
      memory                 = 256
      readonlyRootFilesystem = true
      user                   = "cwagent"
    }
  ])
}

resource "aws_ecs_task_definition" "bad_log_shipper" {
  family       = "bad-log-shipper"
  network_mode = "host"

  container_definitions = jsonencode([
    {
      name       = "shipper"
      image      = "111122223333.dkr.ecr.us-east-1.amazonaws.com/log-shipper:2.1"
      memory     = 256
      privileged = true
    }
  ])
}

resource "aws_eks_cluster" "good_phi" {
  name                      = "good-phi-platform"
  role_arn                  = var.cluster_role_arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "bad_dev" {
  name     = "bad-dev-platform"
  role_arn = var.cluster_role_arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
