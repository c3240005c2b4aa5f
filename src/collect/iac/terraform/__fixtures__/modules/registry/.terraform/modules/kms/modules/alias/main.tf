variable "name" {}
variable "key_id" {}

resource "aws_kms_alias" "this" {
  name          = var.name
  target_key_id = var.key_id
}
