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
}

export async function resolveScope(
  caller: Caller,
  req: ScopeRequest,
): Promise<{ scope: AwsScope; problems: InputProblem[] }> {
  const explicit = Array.isArray(req.regions) && req.regions.length > 0 ? [...new Set(req.regions)] : undefined;
  for (const r of explicit ?? []) {
    if (!REGION_NAME.test(r)) throw new InputError(`--regions: "${r}" is not an AWS region name (like us-east-1)`);
  }
  const home = req.homeRegion;
  const id = await caller.call('sts', home, new GetCallerIdentityCommand({}));
  if (!id.ok || !id.value.Account) {
    const why = id.ok ? 'no account in the answer' : `${id.failure.code}: ${id.failure.message}`;
    throw new InputError(
      `cannot identify the AWS account (sts:GetCallerIdentity in ${home}: ${why}); check the credentials, --profile and --endpoint-url`,
    );
  }
  const account = id.value.Account;
  const identity = id.value.Arn ?? '';
  // The partition (aws, aws-cn, aws-us-gov) decides every ARN phiguard builds.
  const partition = /^arn:([^:]+):/.exec(identity)?.[1] ?? 'aws';
  const calls = [id.call];
  const problems: InputProblem[] = [];

  if (explicit) {
    return {
      scope: { account, partition, identity, homeRegion: home, regions: explicit, regionFilter: new Set(explicit), calls },
      problems,
    };
  }

  // Without AllRegions, EC2 lists only the regions enabled for the account: opt-in regions
  // the account has not enabled would refuse every call.
  const res = await caller.call('ec2', home, new DescribeRegionsCommand({}));
  calls.push(res.call);
  const regions = res.ok
    ? (res.value.Regions ?? [])
        .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
        .map((r) => r.RegionName as string)
        .sort()
    : [];
  if (regions.length > 0) {
    return { scope: { account, partition, identity, homeRegion: home, regions, calls }, problems };
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
