import {
  type CodeBuildEnvironmentVariable,
  type CodeBuildProjectProps,
  type CodeBuildSource,
  type CodeBuildSourceAuth,
  CODEBUILD_REPO_SOURCES,
  redactLocation,
} from '../../../../model/aws/app-codebuild.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asList, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

const ACCOUNT_CREDENTIAL = unknown(
  "the source declares no Auth: CodeBuild uses the region's imported source credential for the provider, which the template does not show",
);

function source(s: unknown, what: string): CodeBuildSource {
  if (isUnknown(s)) return { type: s, location: s, locationHasCredentials: s, auth: s };
  const type = asString(at(s, 'Type'), `${what}.Type`) ?? unknown(`${what}.Type is required but not set`);
  const raw = asString(at(s, 'Location'), `${what}.Location`);
  const redacted = typeof raw === 'string' ? redactLocation(raw) : undefined;
  const authType = asString(at(s, 'Auth', 'Type'), `${what}.Auth.Type`);
  let auth: Known<CodeBuildSourceAuth | null> = null;
  if (authType !== undefined) auth = isUnknown(authType) ? authType : { type: authType, scope: 'project' };
  else if (isUnknown(type) || CODEBUILD_REPO_SOURCES.has(type)) auth = isUnknown(type) ? type : ACCOUNT_CREDENTIAL;
  if (isUnknown(raw)) return { type, location: raw, locationHasCredentials: raw, auth };
  return { type, location: redacted?.location ?? null, locationHasCredentials: redacted?.hasCredentials ?? false, auth };
}

function variables(v: unknown): Known<CodeBuildEnvironmentVariable[]> {
  const list = asList(v, 'Environment.EnvironmentVariables') ?? [];
  if (isUnknown(list)) return list;
  // Values are read only as far as needed to drop them: the model keeps names and types.
  return list.map((e, i) => ({
    name: asString(at(e, 'Name'), `EnvironmentVariables[${i}].Name`) ?? unknown(`EnvironmentVariables[${i}].Name is required`),
    type: asString(at(e, 'Type'), `EnvironmentVariables[${i}].Type`) ?? 'PLAINTEXT',
  }));
}

function logStatus(v: unknown, dflt: boolean, what: string): Known<boolean> {
  const s = asString(v, what);
  return s === undefined ? dflt : isUnknown(s) ? s : s === 'ENABLED';
}

export function codeBuildProject(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::CodeBuild::Project'> {
  const p = res.properties;
  const name = asString(at(p, 'Name'), 'Name');
  const id = namedIdentity(res, ctx, name);
  const secondary = asList(at(p, 'SecondarySources'), 'SecondarySources') ?? [];
  const props: CodeBuildProjectProps = {
    projectName: name ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
    environmentVariables: variables(at(p, 'Environment', 'EnvironmentVariables')),
    sources: isUnknown(secondary) ? secondary : [source(at(p, 'Source'), 'Source'), ...secondary.map((s, i) => source(s, `SecondarySources[${i}]`))],
    // CodeBuild logs to CloudWatch Logs unless LogsConfig turns it off; S3 logs are opt-in.
    cloudWatchLogsEnabled: logStatus(at(p, 'LogsConfig', 'CloudWatchLogs', 'Status'), true, 'CloudWatchLogs.Status'),
    s3LogsEnabled: logStatus(at(p, 'LogsConfig', 'S3Logs', 'Status'), false, 'S3Logs.Status'),
  };
  return iacResource(res, ctx, { type: 'AWS::CodeBuild::Project', name: id.name, tags: tagsOf(at(p, 'Tags')), refs: id.refs, props });
}
