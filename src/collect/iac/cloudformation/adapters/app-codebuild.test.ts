import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): Resource<'AWS::CodeBuild::Project'>[] {
  const result = parseCloudFormation('tpl.yaml', `Parameters:\n  Repo: {Type: String}\nResources:\n${resources}`);
  expect(result.problems).toEqual([]);
  return result.resources as Resource<'AWS::CodeBuild::Project'>[];
}

const ENV = 'Environment: {Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: "aws/codebuild/standard:7.0"';

describe('AWS::CodeBuild::Project', () => {
  it('settles the defaults: CloudWatch Logs on, S3 logs off, no variables', () => {
    const [p] = parse(`  P: {Type: AWS::CodeBuild::Project, Properties: {ServiceRole: r, Artifacts: {Type: NO_ARTIFACTS}, ${ENV}}, Source: {Type: CODEPIPELINE}}}\n`);
    expect(p!.props).toEqual({
      projectName: { $unknown: 'Name is not declared: CloudFormation generates it at deploy time' },
      environmentVariables: [],
      sources: [{ type: 'CODEPIPELINE', location: null, locationHasCredentials: false, auth: null }],
      cloudWatchLogsEnabled: true,
      s3LogsEnabled: false,
    });
  });

  it('keeps variable names and types, never values, and strips credentials from source URLs', () => {
    const [p] = parse(
      [
        '  P:',
        '    Type: AWS::CodeBuild::Project',
        '    Properties:',
        '      Name: claims-api',
        '      ServiceRole: r',
        '      Artifacts: {Type: NO_ARTIFACTS}',
        `      ${ENV}, EnvironmentVariables: [{Name: AWS_ACCESS_KEY_ID, Value: AKIAEXAMPLEVALUE}, {Name: DB, Type: SECRETS_MANAGER, Value: "prod/db"}]}`,
        '      Source: {Type: GITHUB, Location: "https://octo:ghp_TOKENVALUE@github.com/acme/api.git"}',
        '      SecondarySources: [{Type: BITBUCKET, SourceIdentifier: lib, Location: "https://bitbucket.org/acme/lib.git", Auth: {Type: CODECONNECTIONS, Resource: arn:aws:codeconnections:us-east-1:111122223333:connection/x}}]',
        '      LogsConfig: {CloudWatchLogs: {Status: DISABLED}, S3Logs: {Status: ENABLED, Location: logs/cb}}',
        '      Tags: [{Key: data-classification, Value: phi}]',
        '',
      ].join('\n'),
    );
    expect(p).toMatchObject({ name: 'claims-api', tags: { 'data-classification': 'phi' } });
    expect(p!.props).toMatchObject({
      projectName: 'claims-api',
      environmentVariables: [
        { name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT' },
        { name: 'DB', type: 'SECRETS_MANAGER' },
      ],
      sources: [
        { type: 'GITHUB', location: 'https://github.com/acme/api.git', locationHasCredentials: true, auth: { $unknown: expect.stringMatching(/imported source credential/) } },
        { type: 'BITBUCKET', location: 'https://bitbucket.org/acme/lib.git', locationHasCredentials: false, auth: { type: 'CODECONNECTIONS', scope: 'project' } },
      ],
      cloudWatchLogsEnabled: false,
      s3LogsEnabled: true,
    });
    expect(JSON.stringify(p)).not.toMatch(/ghp_TOKENVALUE|AKIAEXAMPLEVALUE|prod\/db/);
  });

  it('is unknown where the template cannot say', () => {
    const [p] = parse(`  P: {Type: AWS::CodeBuild::Project, Properties: {ServiceRole: r, Artifacts: {Type: NO_ARTIFACTS}, ${ENV}}, Source: {Type: GITHUB, Location: !Ref Repo, Auth: {Type: OAUTH}}}}\n`);
    const why = { $unknown: 'parameter Repo has no value' };
    expect(p!.props.sources).toEqual([{ type: 'GITHUB', location: why, locationHasCredentials: why, auth: { type: 'OAUTH', scope: 'project' } }]);
  });
});
