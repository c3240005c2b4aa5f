variable "aliases" {
  type    = list(string)
  default = []
}

resource "aws_kms_key" "this" {
  enable_key_rotation = true
}

module "alias" {
  source   = "./modules/alias"
  for_each = toset(var.aliases)
  name     = "alias/${each.value}"
  key_id   = aws_kms_key.this.key_id
}
