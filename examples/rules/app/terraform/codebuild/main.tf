terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

resource "aws_iam_role" "build" {
  name = "claims-build"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_codeconnections_connection" "github" {
  name          = "example-health-github"
  provider_type = "GitHub"
}

# The region's credential for GitHub sources: a connection, not a personal token.
resource "aws_codebuild_source_credential" "github" {
  auth_type   = "CODECONNECTIONS"
  server_type = "GITHUB"
  token       = aws_codeconnections_connection.github.arn
}

resource "aws_cloudwatch_log_group" "good_builds" {
  name              = "/codebuild/good-claims-api"
  retention_in_days = 2192
}

resource "aws_codebuild_project" "good_claims_api" {
  name         = "good-claims-api"
  service_role = aws_iam_role.build.arn

  artifacts { type = "NO_ARTIFACTS" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "STAGE"
      value = "prod"
    }
    environment_variable {
      name  = "DB_PASSWORD"
      type  = "SECRETS_MANAGER"
      value = "prod/claims/db:password"
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example-health/claims-api.git"
  }

  logs_config {
    cloudwatch_logs {
      group_name = aws_cloudwatch_log_group.good_builds.name
    }
  }
}

resource "aws_codebuild_project" "bad_legacy_etl" {
  name         = "bad-legacy-etl"
  service_role = aws_iam_role.build.arn

  artifacts { type = "NO_ARTIFACTS" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "AWS_ACCESS_KEY_ID"
      value = "AKIAIOSFODNN7EXAMPLE"
    }
    environment_variable {
      name  = "AWS_SECRET_ACCESS_KEY"
      value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    }
  }

  source {
    type     = "BITBUCKET"
    location = "https://etl-bot:app-password-example@bitbucket.org/example-health/legacy-etl.git"
  }

  logs_config {
    cloudwatch_logs { status = "DISABLED" }
  }
}
