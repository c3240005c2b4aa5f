import {
  type CodeBuildEnvironmentVariable,
  type CodeBuildProjectProps,
  type CodeBuildSource,
  type CodeBuildSourceAuth,
  CODEBUILD_REPO_SOURCES,
  redactLocation,
} from '../../../../model/aws/app-codebuild.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { allUnknown, required } from './app-common.js';
import { block, blocks, literalName, str } from './attrs.js';
import { resourceOf } from './common.js';

export const CODEBUILD_TYPES = ['aws_codebuild_project', 'aws_codebuild_source_credential'];

const NO_CREDENTIAL = unknown(
  "the source has no auth block: CodeBuild uses the region's imported source credential (aws_codebuild_source_credential), which this configuration does not declare",
);

/** The account credential each provider gets from `aws_codebuild_source_credential`, as far as the configuration says. */
function accountCredentials(creds: readonly Declared[]): Map<string, Known<string>> {
  const out = new Map<string, Known<string>>();
  for (const c of creds) {
    const server = str(c.attrs.server_type, null, 'server_type');
    if (typeof server === 'string') out.set(server, c.unknownReason ? unknown(c.unknownReason) : required(c.attrs.auth_type, 'auth_type'));
  }
  return out;
}

function source(b: Attrs, what: string, account: Map<string, Known<string>>): CodeBuildSource {
  const type = required(b.type, `${what}.type`);
  const raw = str(b.location, null, `${what}.location`);
  const authBlock = block(b.auth, `${what}.auth`);
  let auth: Known<CodeBuildSourceAuth | null> = null;
  if (isUnknown(authBlock)) auth = authBlock;
  else if (authBlock) {
    const t = required(authBlock.type, `${what}.auth.type`);
    auth = isUnknown(t) ? t : { type: t, scope: 'project' };
  } else if (isUnknown(type)) auth = type;
  else if (CODEBUILD_REPO_SOURCES.has(type)) {
    const t = account.get(type);
    auth = t === undefined ? NO_CREDENTIAL : isUnknown(t) ? t : { type: t, scope: 'account' };
  }
  if (isUnknown(raw)) return { type, location: raw, locationHasCredentials: raw, auth };
  const redacted = raw ? redactLocation(raw) : undefined;
  return { type, location: redacted?.location ?? null, locationHasCredentials: redacted?.hasCredentials ?? false, auth };
}

function variables(env: Known<Attrs> | undefined): Known<CodeBuildEnvironmentVariable[]> {
  if (isUnknown(env)) return env;
  const list = blocks(env?.environment_variable, 'environment_variable');
  if (isUnknown(list)) return list;
  // Only names and types: values never enter the inventory.
  return list.map((v) => ({ name: required(v.name, 'environment_variable.name'), type: str(v.type, 'PLAINTEXT', 'environment_variable.type') }));
}

function logStatus(parent: Known<Attrs> | undefined, name: string, dflt: 'ENABLED' | 'DISABLED'): Known<boolean> {
  if (isUnknown(parent)) return parent;
  const b = block(parent?.[name], name);
  if (isUnknown(b)) return b;
  const s = str(b?.status, dflt, `${name}.status`);
  return isUnknown(s) ? s : s === 'ENABLED';
}

function project(d: Declared, account: Map<string, Known<string>>): AnyResource {
  const name = literalName(d.attrs.name);
  const named = name ? { name, refs: [name] } : {};
  if (d.unknownReason) {
    const keys: (keyof CodeBuildProjectProps)[] = ['projectName', 'environmentVariables', 'sources', 'cloudWatchLogsEnabled', 's3LogsEnabled'];
    return resourceOf(d, 'AWS::CodeBuild::Project', allUnknown<CodeBuildProjectProps>(keys, d.unknownReason), named);
  }
  const a = d.attrs;
  const primary = block(a.source, 'source');
  const secondary = blocks(a.secondary_sources, 'secondary_sources');
  const sources: Known<CodeBuildSource[]> = isUnknown(primary)
    ? primary
    : isUnknown(secondary)
      ? secondary
      : [...(primary ? [source(primary, 'source', account)] : []), ...secondary.map((s, i) => source(s, `secondary_sources[${i}]`, account))];
  const logs = block(a.logs_config, 'logs_config');
  const props: CodeBuildProjectProps = {
    projectName: required(a.name, 'name'),
    environmentVariables: variables(block(a.environment, 'environment')),
    sources,
    // The provider's defaults: CloudWatch Logs ENABLED, S3 logs DISABLED.
    cloudWatchLogsEnabled: logStatus(logs, 'cloudwatch_logs', 'ENABLED'),
    s3LogsEnabled: logStatus(logs, 's3_logs', 'DISABLED'),
  };
  return resourceOf(d, 'AWS::CodeBuild::Project', props, named);
}

export function buildCodeBuildProjects(projects: readonly Declared[], credentials: readonly Declared[]): AnyResource[] {
  const account = accountCredentials(credentials);
  return projects.map((d) => project(d, account));
}
