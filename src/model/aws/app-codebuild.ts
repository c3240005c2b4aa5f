import type { Known } from '../unknown.js';

/** An environment variable of a build: its name and type only, never its value. */
export interface CodeBuildEnvironmentVariable {
  name: Known<string>;
  /** `PLAINTEXT` (the default), `PARAMETER_STORE` or `SECRETS_MANAGER`. */
  type: Known<string>;
}

/** How CodeBuild authenticates to a source repository. */
export interface CodeBuildSourceAuth {
  /** OAUTH, CODECONNECTIONS, SECRETS_MANAGER; for an account credential also PERSONAL_ACCESS_TOKEN or BASIC_AUTH. */
  type: string;
  /** `project`: set on the project's source; `account`: the region's imported source credential for that provider. */
  scope: 'project' | 'account';
}

/** The primary source or one secondary source of a project. */
export interface CodeBuildSource {
  /** GITHUB, GITHUB_ENTERPRISE, BITBUCKET, GITLAB, CODECOMMIT, S3, NO_SOURCE, … */
  type: Known<string>;
  /** The repository location with any credentials removed (see `locationHasCredentials`). */
  location: Known<string | null>;
  /** Whether the location URL embeds a user, password or token. */
  locationHasCredentials: Known<boolean>;
  /** null: no credential at all (a public repository, or builds that cannot fetch). */
  auth: Known<CodeBuildSourceAuth | null>;
}

export interface CodeBuildProjectProps {
  projectName: Known<string>;
  environmentVariables: Known<CodeBuildEnvironmentVariable[]>;
  /** The primary source first, then the secondary ones. */
  sources: Known<CodeBuildSource[]>;
  cloudWatchLogsEnabled: Known<boolean>;
  s3LogsEnabled: Known<boolean>;
}

/** Source providers that CodeBuild fetches with a stored credential. */
export const CODEBUILD_REPO_SOURCES: ReadonlySet<string> = new Set(['GITHUB', 'GITHUB_ENTERPRISE', 'BITBUCKET', 'GITLAB', 'GITLAB_SELF_MANAGED']);

const TOKEN_PARAM = /^(access_token|private_token|token|password)$/i;

/**
 * A source location with the credentials it embeds removed, so the inventory never holds
 * them: `https://user:ghp_x@github.com/o/r.git` becomes `https://github.com/o/r.git`.
 */
export function redactLocation(location: string): { location: string; hasCredentials: boolean } {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    // Not a URL (an S3 bucket/key, a CodeCommit name): nothing to strip.
    return { location, hasCredentials: false };
  }
  let hasCredentials = url.username !== '' || url.password !== '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TOKEN_PARAM.test(key)) {
      hasCredentials = true;
      url.searchParams.delete(key);
    }
  }
  return { location: hasCredentials ? url.toString() : location, hasCredentials };
}
