import {
  BatchGetProjectsCommand,
  ListProjectsCommand,
  ListSourceCredentialsCommand,
  type Project,
  type ProjectSource,
  type SourceCredentialsInfo,
} from '@aws-sdk/client-codebuild';
import {
  type CodeBuildProjectProps,
  type CodeBuildSource,
  type CodeBuildSourceAuth,
  CODEBUILD_REPO_SOURCES,
  redactLocation,
} from '../../../model/aws/app-codebuild.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/** BatchGetProjects takes at most 100 names. */
const BATCH = 100;

/**
 * CodeBuild projects: BatchGetProjects returns every setting and the tags, 100 at a time.
 * A source without its own auth uses the region's imported source credential for its
 * provider, read from ListSourceCredentials. Environment variable values are never kept.
 */
export const codeBuildCollector: ServiceCollector = {
  service: 'codebuild',
  types: ['AWS::CodeBuild::Project'],
  permissions: {
    'codebuild:ListProjects': 'codebuild:ListProjects',
    'codebuild:BatchGetProjects': 'codebuild:BatchGetProjects',
    'codebuild:ListSourceCredentials': 'codebuild:ListSourceCredentials',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

type AccountCredentials = Known<ReadonlyMap<string, string>>;

function sourceOf(s: ProjectSource, account: AccountCredentials): CodeBuildSource {
  const type = s.type ?? unknown('codebuild:BatchGetProjects returned a source without a type');
  const redacted = s.location ? redactLocation(s.location) : undefined;
  let auth: Known<CodeBuildSourceAuth | null> = null;
  if (s.auth?.type) auth = { type: s.auth.type, scope: 'project' };
  else if (typeof type === 'string' && CODEBUILD_REPO_SOURCES.has(type)) {
    if (account instanceof Map) {
      const t = account.get(type);
      auth = t ? { type: t, scope: 'account' } : null;
    } else auth = account as Exclude<AccountCredentials, ReadonlyMap<string, string>>;
  }
  return { type, location: redacted?.location ?? null, locationHasCredentials: redacted?.hasCredentials ?? false, auth };
}

function projectProps(p: Project, name: string, account: AccountCredentials): CodeBuildProjectProps {
  const logs = p.logsConfig;
  return {
    projectName: name,
    environmentVariables: (p.environment?.environmentVariables ?? []).map((v) => ({
      name: v.name ?? unknown('an environment variable has no name'),
      type: v.type ?? 'PLAINTEXT',
    })),
    sources: [p.source, ...(p.secondarySources ?? [])].filter((s): s is ProjectSource => s !== undefined).map((s) => sourceOf(s, account)),
    // CodeBuild sends build logs to CloudWatch Logs unless told not to; S3 logs are opt-in.
    cloudWatchLogsEnabled: (logs?.cloudWatchLogs?.status ?? 'ENABLED') === 'ENABLED',
    s3LogsEnabled: logs?.s3Logs?.status === 'ENABLED',
  };
}

async function accountCredentials(ctx: AwsContext, region: string): Promise<{ value: AccountCredentials; call: string }> {
  const res = await ctx.call('codebuild', region, new ListSourceCredentialsCommand({}));
  if (!res.ok) return { value: unknown(`the project relies on the region's source credential: ${res.failure.reason}`), call: res.call };
  const byServer = new Map<string, string>();
  for (const c of res.value.sourceCredentialsInfos ?? ([] as SourceCredentialsInfo[])) {
    if (c.serverType && c.authType) byServer.set(c.serverType, c.authType);
  }
  return { value: byServer, call: res.call };
}

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list('codebuild', region, (nextToken) => new ListProjectsCommand({ nextToken }), (o) => o.projects, (o) => o.nextToken);
  ctx.listed('AWS::CodeBuild::Project', 'codebuild', region, listing.failure);
  if (listing.items.length === 0) return;
  const creds = await accountCredentials(ctx, region);
  const batches: string[][] = [];
  for (let i = 0; i < listing.items.length; i += BATCH) batches.push(listing.items.slice(i, i + BATCH));
  await ctx.forEach(batches, async (names) => {
    const res = await ctx.call('codebuild', region, new BatchGetProjectsCommand({ names }));
    const calls = [...listing.calls, creds.call, res.call];
    const found = new Map((res.ok ? (res.value.projects ?? []) : []).map((p) => [p.name, p]));
    // Names in projectsNotFound were deleted since the listing.
    const gone = new Set(res.ok ? (res.value.projectsNotFound ?? []) : []);
    for (const name of names) {
      if (gone.has(name)) continue;
      const p = found.get(name);
      const arn = p?.arn ?? `arn:${ctx.partition}:codebuild:${region}:${ctx.account}:project/${name}`;
      const why = res.ok ? unknown('codebuild:BatchGetProjects did not return the project') : unknown(res.failure.reason);
      ctx.add({
        provider: 'aws',
        type: 'AWS::CodeBuild::Project',
        id: arn,
        name,
        account: ctx.account,
        region,
        tags: p ? tagRecord(p.tags, (t) => t.key, (t) => t.value) : why,
        props: p
          ? projectProps(p, name, creds.value)
          : { projectName: name, environmentVariables: why, sources: why, cloudWatchLogsEnabled: why, s3LogsEnabled: why },
        origin: { kind: 'live', calls },
        refs: [arn, name],
      });
    }
  });
}
