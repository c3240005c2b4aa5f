import type { CodeBuildSource } from '../../../model/aws/app-codebuild.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-codebuild-project-source-repo-oauth.js';

const P = 'AWS::CodeBuild::Project';
const GH = 'https://github.com/acme/api.git';
const src = (s: Partial<CodeBuildSource>): CodeBuildSource => ({ type: 'GITHUB', location: GH, locationHasCredentials: false, auth: { type: 'CODECONNECTIONS', scope: 'project' }, ...s });
const project = (...sources: CodeBuildSource[]) => resource(P, { sources });

ruleTester(rule, {
  pass: [
    { name: 'CodeConnections', resource: resource(P), message: /CODECONNECTIONS/ },
    { name: "the region's OAuth credential", resource: project(src({ type: 'BITBUCKET', auth: { type: 'OAUTH', scope: 'account' } })) },
    { name: 'public repository, no credential', resource: project(src({ auth: null })), message: /without a stored credential/ },
  ],
  fail: [
    { name: 'token in the URL', resource: project(src({ locationHasCredentials: true })), message: /embeds credentials/ },
    { name: "the region's personal access token", resource: project(src({ auth: { type: 'PERSONAL_ACCESS_TOKEN', scope: 'account' } })), message: /region's PERSONAL_ACCESS_TOKEN/ },
    { name: 'secondary source token in Secrets Manager', resource: project(src({}), src({ type: 'GITLAB', auth: { type: 'SECRETS_MANAGER', scope: 'project' } })) },
    { name: 'template URL credentials, auth undeclared', resource: resource(P, { sources: [src({ locationHasCredentials: true, auth: unknown('no Auth declared') })] }, { origin: iacOrigin('Build') }) },
  ],
  not_assessed: [
    { name: 'sources denied', resource: resource(P, { sources: unknown('AccessDenied on codebuild:BatchGetProjects') }) },
    { name: 'template without Auth', resource: project(src({ auth: unknown("the source declares no Auth: CodeBuild uses the region's imported source credential") })) },
    { name: 'location from a parameter', resource: project(src({ location: unknown('parameter Repo has no value'), locationHasCredentials: unknown('parameter Repo has no value') })) },
  ],
  not_applicable: [{ name: 'CodePipeline source', resource: project(src({ type: 'CODEPIPELINE', location: null, auth: null })) }],
});
