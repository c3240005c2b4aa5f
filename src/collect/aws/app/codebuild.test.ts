import { BatchGetProjectsCommand, ListProjectsCommand, ListSourceCredentialsCommand } from '@aws-sdk/client-codebuild';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const arn = (name: string) => `arn:aws:codebuild:${R}:${ACCOUNT}:project/${name}`;

describe('CodeBuild projects', () => {
  it('reads every page in batches of 100, keeps variable names only and strips URL credentials', async () => {
    const cb = mocks.of('codebuild');
    const many = Array.from({ length: 150 }, (_, i) => `p${i}`);
    cb.on(ListProjectsCommand, { nextToken: undefined })
      .resolves({ projects: ['api', ...many.slice(0, 99)], nextToken: 'n2' })
      .on(ListProjectsCommand, { nextToken: 'n2' })
      .resolves({ projects: [...many.slice(99), 'gone'] });
    cb.on(ListSourceCredentialsCommand).resolves({ sourceCredentialsInfos: [{ arn: 'x', serverType: 'BITBUCKET', authType: 'BASIC_AUTH' }] });
    cb.on(BatchGetProjectsCommand).callsFake((input: { names: string[] }) => ({
      projects: input.names
        .filter((n) => n !== 'gone')
        .map((name) =>
          name === 'api'
            ? {
                name,
                arn: arn(name),
                source: { type: 'GITHUB', location: 'https://octo:ghp_SECRETTOKEN@github.com/acme/api.git' },
                secondarySources: [{ type: 'BITBUCKET', location: 'https://bitbucket.org/acme/lib.git', sourceIdentifier: 'lib' }],
                environment: {
                  type: 'LINUX_CONTAINER',
                  image: 'aws/codebuild/standard:7.0',
                  computeType: 'BUILD_GENERAL1_SMALL',
                  environmentVariables: [
                    { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrSECRETVALUE', type: 'PLAINTEXT' },
                    { name: 'DB_PASSWORD', value: 'prod/db:password', type: 'SECRETS_MANAGER' },
                  ],
                },
                logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'ENABLED', location: 'logs/cb' } },
                tags: [{ key: 'data-classification', value: 'phi' }],
              }
            : { name, arn: arn(name), source: { type: 'CODEPIPELINE' } },
        ),
      projectsNotFound: input.names.filter((n) => n === 'gone'),
    }));
    const result = await collectAws({ regions: [R] });
    const projects = ofType(result.resources, 'AWS::CodeBuild::Project');
    expect(projects).toHaveLength(151);
    expect(cb.commandCalls(BatchGetProjectsCommand).map((c) => c.args[0].input.names!.length).sort()).toEqual([100, 52]);
    expect(projects.find((p) => p.name === 'api')).toMatchObject({
      id: arn('api'),
      refs: [arn('api'), 'api'],
      tags: { 'data-classification': 'phi' },
      props: {
        projectName: 'api',
        environmentVariables: [
          { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT' },
          { name: 'DB_PASSWORD', type: 'SECRETS_MANAGER' },
        ],
        sources: [
          { type: 'GITHUB', location: 'https://github.com/acme/api.git', locationHasCredentials: true, auth: null },
          { type: 'BITBUCKET', location: 'https://bitbucket.org/acme/lib.git', locationHasCredentials: false, auth: { type: 'BASIC_AUTH', scope: 'account' } },
        ],
        cloudWatchLogsEnabled: false,
        s3LogsEnabled: true,
      },
    });
    // CloudWatch Logs is on unless a project turns it off.
    expect(projects.find((p) => p.name === 'p0')!.props).toMatchObject({ cloudWatchLogsEnabled: true, s3LogsEnabled: false });
    const text = JSON.stringify(result.resources);
    for (const secret of ['ghp_SECRETTOKEN', 'wJalrSECRETVALUE', 'prod/db:password']) expect(text).not.toContain(secret);
  });

  it('makes a source without auth unknown when the source credentials are denied, and projects unknown when BatchGetProjects is throttled', async () => {
    const cb = mocks.of('codebuild');
    cb.on(ListProjectsCommand).resolves({ projects: ['api'] });
    cb.on(ListSourceCredentialsCommand).rejects(denied('codebuild:ListSourceCredentials'));
    cb.on(BatchGetProjectsCommand).resolves({ projects: [{ name: 'api', arn: arn('api'), source: { type: 'GITHUB', location: 'https://github.com/acme/api.git' } }] });
    let result = await collectAws({ regions: [R] });
    const sources = ofType(result.resources, 'AWS::CodeBuild::Project')[0]!.props.sources as { auth: unknown }[];
    expect(sources[0]!.auth).toMatchObject({ $unknown: expect.stringMatching(/AccessDenied/) });

    cb.on(BatchGetProjectsCommand).rejects(throttled());
    result = await collectAws({ regions: [R] });
    const why = unknown('throttled: codebuild:BatchGetProjects gave up after 10 attempts');
    expect(ofType(result.resources, 'AWS::CodeBuild::Project')[0]).toMatchObject({
      id: arn('api'),
      tags: why,
      props: { projectName: 'api', environmentVariables: why, sources: why, cloudWatchLogsEnabled: why },
    });
  });

  it('reports a denied listing as incomplete coverage, and an empty account as complete', async () => {
    let result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::CodeBuild::Project')).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::CodeBuild::Project')).toMatchObject({ complete: true });
    expect(mocks.of('codebuild').commandCalls(ListSourceCredentialsCommand)).toHaveLength(0);
    mocks.of('codebuild').on(ListProjectsCommand).rejects(deniedJson('codebuild:ListProjects'));
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::CodeBuild::Project')).toMatchObject({ complete: false });
    expect(result.problems.some((p) => p.message.includes('AWS::CodeBuild::Project not fully listed'))).toBe(true);
  });
});
