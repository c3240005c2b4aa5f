import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

const ENV = `
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"`;

describe('aws_codebuild_project', () => {
  it('settles the provider defaults and keeps no variable value or URL credential', async () => {
    const main = `
resource "aws_codebuild_source_credential" "bitbucket" {
  server_type = "BITBUCKET"
  auth_type   = "BASIC_AUTH"
  user_name   = "ci"
  token       = var.bitbucket_app_password
}
variable "bitbucket_app_password" {}
resource "aws_codebuild_project" "pipeline" {
  name         = "deploy"
  service_role = "arn:aws:iam::111122223333:role/cb"
  artifacts { type = "CODEPIPELINE" }
  ${ENV}
  }
  source { type = "CODEPIPELINE" }
}
resource "aws_codebuild_project" "api" {
  name         = "claims-api"
  service_role = "arn:aws:iam::111122223333:role/cb"
  artifacts { type = "NO_ARTIFACTS" }
  ${ENV}
    environment_variable {
      name  = "AWS_SECRET_ACCESS_KEY"
      value = "wJalrEXAMPLESECRET"
    }
    environment_variable {
      name  = "DB_PASSWORD"
      value = "prod/db:password"
      type  = "SECRETS_MANAGER"
    }
  }
  source {
    type     = "GITHUB"
    location = "https://octo:ghp_TOKENVALUE@github.com/acme/api.git"
  }
  secondary_sources {
    type              = "BITBUCKET"
    source_identifier = "lib"
    location          = "https://bitbucket.org/acme/lib.git"
  }
  logs_config {
    cloudwatch_logs { status = "DISABLED" }
    s3_logs {
      status   = "ENABLED"
      location = "build-logs/claims-api"
    }
  }
  tags = { data-classification = "phi" }
}
`;
    const r = await scanHcl({ 'main.tf': main });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'AWS::CodeBuild::Project', 'aws_codebuild_project.pipeline').props).toEqual({
      projectName: 'deploy',
      environmentVariables: [],
      sources: [{ type: 'CODEPIPELINE', location: null, locationHasCredentials: false, auth: null }],
      cloudWatchLogsEnabled: true,
      s3LogsEnabled: false,
    });
    const api = byAddress(r, 'AWS::CodeBuild::Project', 'aws_codebuild_project.api');
    expect(api.tags).toEqual({ 'data-classification': 'phi' });
    expect(api.props).toEqual({
      projectName: 'claims-api',
      environmentVariables: [
        { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT' },
        { name: 'DB_PASSWORD', type: 'SECRETS_MANAGER' },
      ],
      sources: [
        { type: 'GITHUB', location: 'https://github.com/acme/api.git', locationHasCredentials: true, auth: { $unknown: expect.stringMatching(/imported source credential/) } },
        { type: 'BITBUCKET', location: 'https://bitbucket.org/acme/lib.git', locationHasCredentials: false, auth: { type: 'BASIC_AUTH', scope: 'account' } },
      ],
      cloudWatchLogsEnabled: false,
      s3LogsEnabled: true,
    });
    expect(JSON.stringify(r.resources)).not.toMatch(/ghp_TOKENVALUE|wJalrEXAMPLESECRET|prod\/db:password/);
  });
});
