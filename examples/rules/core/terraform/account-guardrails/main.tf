# phiguard rule examples (core): account-wide S3 Block Public Access, applied from the
# platform team's guardrails root to two accounts.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  alias  = "workloads"
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::111122223333:role/platform-guardrails"
  }
}

provider "aws" {
  alias  = "sandbox"
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::444455556666:role/platform-guardrails"
  }
}

resource "aws_s3_account_public_access_block" "good_workloads" {
  provider                = aws.workloads
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

# "It's only the sandbox": policies can still make its buckets public.
resource "aws_s3_account_public_access_block" "bad_sandbox" {
  provider           = aws.sandbox
  block_public_acls  = true
  ignore_public_acls = true
}
