variable "region" {
  type    = string
  default = "us-east-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "audit_log_retention_days" {
  type        = number
  description = "Six years: HIPAA documentation retention (164.316(b)(2)(i))"
  default     = 2192
}

# No default and not set in terraform.tfvars: phiguard reports what depends on it as
# not assessed rather than guessing. Pass --var debug_logs_key_arn=... to resolve it.
variable "debug_logs_key_arn" {
  type = string
}
