variable "name" {}

variable "retention" {
  default = 0
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/phi/${var.name}"
  retention_in_days = var.retention
}

output "arn" {
  value = aws_cloudwatch_log_group.this.arn
}
