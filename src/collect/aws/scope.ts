import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { InputError, type InputProblem } from '../../util/errors.js';
import type { Caller } from './caller.js';
import type { AwsScope } from './context.js';

/**
 * Who is scanning and where: the account and caller from STS, the regions from the user
 * or from EC2's list of the regions enabled for the account.
 */
export const scopePermissions = {
  // Needs no permission and cannot be denied; declared so the printed policy is complete.
  'sts:GetCallerIdentity': 'sts:GetCallerIdentity',
  'ec2:DescribeRegions': 'ec2:DescribeRegions',
};

const REGION_NAME = /^[a-z]{2}(-[a-z0-9]+)+-\d+$/;

export interface ScopeRequest {
  regions?: string[] | 'all';
  /** The region the profile or environment configures, else the fallback. */
  homeRegion: string;
  /**
   * The account and caller when already known (an assumed role's), so STS is not asked
   * again; `call` is the operation that established them.
   */
  known?: { account: string; identity: string; call: string };
}

/** The regions the user chose, deduplicated, or undefined for every enabled region. */
export function checkRegionNames(regions: string[] | 'all' | undefined): string[] | undefined {
  const explicit = Array.isArray(regions) && regions.length > 0 ? [...new Set(regions)] : undefined;
  for (const r of explicit ?? []) {
    if (!REGION_NAME.test(r)) throw new InputError(`--regions: "${r}" is not an AWS region name (like us-east-1)`);
  }
  return explicit;
}

export async function resolveScope(
  caller: Caller,
  req: ScopeRequest,
): Promise<{ scope: AwsScope; problems: InputProblem[] }> {
  const explicit = checkRegionNames(req.regions);
  const home = req.homeRegion;
  const { account, identity, call } = req.known ?? (await identify(caller, home));
  // The partition (aws, aws-cn, aws-us-gov) decides every ARN phiguard builds.
  const partition = partitionOf(identity);
  const calls = [call];
  const problems: InputProblem[] = [];

  if (explicit) {
    return {
      scope: { account, partition, identity, homeRegion: home, regions: explicit, regionFilter: new Set(explicit), calls },
      problems,
    };
  }

  // With AllRegions, EC2 lists the opt-in regions the account has not enabled too, so the
  // report can name them; they are not scanned, since they refuse every call.
  const res = await caller.call('ec2', home, new DescribeRegionsCommand({ AllRegions: true }));
  calls.push(res.call);
  const listed = res.ok ? (res.value.Regions ?? []).filter((r) => r.RegionName) : [];
  const names = (enabled: boolean) =>
    listed
      .filter((r) => (r.OptInStatus === 'not-opted-in') !== enabled)
      .map((r) => r.RegionName as string)
      .sort();
  const regions = names(true);
  if (regions.length > 0) {
    const disabled = names(false);
    return {
      scope: { account, partition, identity, homeRegion: home, regions, calls, ...(disabled.length ? { disabledRegions: disabled } : {}) },
      problems,
    };
  }
  const why = res.ok ? 'ec2:DescribeRegions returned no regions' : res.failure.reason;
  const detail = res.ok ? '' : ` (${res.failure.message})`;
  problems.push({
    source: `aws:${account}:${home}:ec2`,
    message: `enabled regions unknown: ${why}${detail}; only ${home} was scanned (choose regions with --regions)`,
  });
  return {
    scope: {
      account,
      partition,
      identity,
      homeRegion: home,
      regions: [home],
      regionsIncomplete: `enabled regions unknown (${why}); only ${home} was listed`,
      calls,
    },
    problems,
  };
}

/** Who the credentials belong to; an identity STS cannot establish ends the scan. */
export async function identify(caller: Caller, home: string): Promise<{ account: string; identity: string; call: string }> {
  const id = await caller.call('sts', home, new GetCallerIdentityCommand({}));
  if (!id.ok || !id.value.Account) {
    const why = id.ok ? 'no account in the answer' : `${id.failure.code}: ${id.failure.message}`;
    throw new InputError(
      `cannot identify the AWS account (sts:GetCallerIdentity in ${home}: ${why}); check the credentials, --profile and --endpoint-url`,
    );
  }
  return { account: id.value.Account, identity: id.value.Arn ?? '', call: id.call };
}

export function partitionOf(arn: string): string {
  return /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws';
}
