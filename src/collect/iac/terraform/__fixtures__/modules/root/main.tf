variable "env" {
  default = "prod"
}

resource "aws_kms_key" "root" {
  enable_key_rotation = true
}

module "storage" {
  source      = "./modules/storage"
  name        = "phi-${var.env}"
  kms_key_arn = aws_kms_key.root.arn
}

module "logs" {
  source   = "../shared/logs"
  for_each = toset(["app", "audit"])
  name     = each.key
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}

module "loop" {
  source = "../cycle-a"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = module.storage.bucket_id
  kms_key_id                 = aws_kms_key.root.arn
  cloud_watch_logs_group_arn = "${module.logs["audit"].arn}:*"
}
