import { CODEBUILD_REPO_SOURCES } from '../../../model/aws/app-codebuild.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

/** Credentials CodeBuild holds as a grant it can refresh or revoke, not as a person's secret. */
const DELEGATED = new Set(['OAUTH', 'CODECONNECTIONS']);

export default defineRule({
  meta: {
    id: 'aws-codebuild-project-source-repo-oauth',
    title: 'CodeBuild project reaches GitHub/Bitbucket/GitLab through OAuth or a connection, with no credential in the URL',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::CodeBuild::Project'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['codebuild-source-repo-oauth'],
    rationale:
      'A token or password in the source URL is readable by anyone who can read the project and ends up in logs. ' +
      "A personal access token or app password (in the project, the region's source credential or a secret) is " +
      "a person's long-lived key to every repository they can reach, including code that handles PHI; OAuth and " +
      'CodeConnections grants are scoped, revocable and tied to no one leaving the team.',
    remediation: {
      text: 'Remove credentials from the source location, create a CodeConnections connection to the provider, and set the source auth to CODECONNECTIONS (or OAUTH). Delete imported personal access tokens.',
      cli: 'aws codebuild update-project --name PROJECT --source \'{"type":"GITHUB","location":"https://github.com/ORG/REPO.git","auth":{"type":"CODECONNECTIONS","resource":"CONNECTION_ARN"}}\'',
      terraform: 'resource "aws_codebuild_source_credential" "github" {\n  auth_type   = "CODECONNECTIONS"\n  server_type = "GITHUB"\n  token       = aws_codeconnections_connection.github.arn\n}\n\nresource "aws_codebuild_project" "this" {\n  # ...\n  source {\n    type     = "GITHUB"\n    location = "https://github.com/ORG/REPO.git"\n  }\n}',
      cloudformation: 'Source:\n  Type: GITHUB\n  Location: https://github.com/ORG/REPO.git\n  Auth:\n    Type: CODECONNECTIONS\n    Resource: !Ref GitHubConnectionArn',
    },
  },
  evaluate(project) {
    const sources = project.props.sources;
    if (isUnknown(sources)) return unknownResult('sources', sources);
    const problems: string[] = [];
    const fine: string[] = [];
    let undecided: { path: string; value: Unknown } | undefined;
    let repos = 0;
    sources.forEach((s, i) => {
      const at = `sources[${i}]`;
      if (isUnknown(s.type)) return void (undecided ??= { path: `${at}.type`, value: s.type });
      if (!CODEBUILD_REPO_SOURCES.has(s.type)) return;
      repos++;
      const where = isUnknown(s.location) || s.location === null ? s.type : s.location;
      if (s.locationHasCredentials === true) problems.push(`${where} embeds credentials in its URL`);
      else if (isUnknown(s.locationHasCredentials)) undecided ??= { path: `${at}.location`, value: s.locationHasCredentials };
      if (isUnknown(s.auth)) undecided ??= { path: `${at}.auth`, value: s.auth };
      else if (s.auth === null) fine.push(`${where} is fetched without a stored credential`);
      else if (DELEGATED.has(s.auth.type)) fine.push(`${where} uses ${s.auth.type}`);
      else problems.push(`${where} uses ${s.auth.scope === 'account' ? "the region's" : 'a'} ${s.auth.type} credential`);
    });
    if (repos === 0 && !undecided) return null;
    const evidence = [ev('sources', sources)];
    if (problems.length > 0) return fail(`The project reaches its repository with a personal credential: ${problems.join('; ')}.`, ...evidence);
    if (undecided) return unknownResult(undecided.path, undecided.value);
    return pass(`Every repository source avoids personal credentials: ${fine.join('; ')}.`, ...evidence);
  },
});
