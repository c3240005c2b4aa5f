module "kms" {
  source  = "terraform-aws-modules/kms/aws"
  version = "2.1.0"
  aliases = ["phi"]
}

module "gone" {
  source = "git::https://example.com/modules.git//s3"
}
