# phiguard rule examples (core): KMS keys for a Nitro Enclave that de-identifies records.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "enclave_image_sha384" {
  description = "ImageSha384 of the approved enclave image (nitro-cli describe-eif)"
  type        = string
  default     = "8a3c1f0e7b2d4c6a9e1f3b5d7c9a2e4f6b8d0c2e4a6f8b1d3c5e7a9f2b4d6c8e0a1b3c5d7e9f2a4c6e8b0d2f4a6c8e1b3d"
}

variable "account_id" {
  type    = string
  default = "111122223333"
}

locals {
  enclave_role = "arn:aws:iam::${var.account_id}:role/enclave-host"
}

# The root statement stays (so IAM can administer the key), and a Deny to everyone closes
# decryption, data keys and re-encryption to any request without the approved attestation.
resource "aws_kms_key" "good_enclave" {
  description         = "Decrypts records inside the de-identification enclave only"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableIamPolicies"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "EnclaveDecrypt"
        Effect    = "Allow"
        Principal = { AWS = local.enclave_role }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = "*"
        Condition = { StringEqualsIgnoreCase = { "kms:RecipientAttestation:ImageSha384" = var.enclave_image_sha384 } }
      },
      {
        Sid       = "DenyWithoutAttestation"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["kms:Decrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"]
        Resource  = "*"
        Condition = { StringNotEqualsIgnoreCase = { "kms:RecipientAttestation:ImageSha384" = var.enclave_image_sha384 } }
      },
    ]
  })
}

# IfExists makes the condition hold for a request with no attestation at all, and the root
# statement lets any IAM role with kms:Decrypt read the records outside the enclave.
resource "aws_kms_key" "bad_enclave" {
  description         = "Decrypts records for the enclave"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableIamPolicies"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "EnclaveDecrypt"
        Effect    = "Allow"
        Principal = { AWS = local.enclave_role }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = "*"
        Condition = { StringEqualsIgnoreCaseIfExists = { "kms:RecipientAttestation:ImageSha384" = var.enclave_image_sha384 } }
      },
    ]
  })
}
