import { type Account, ListAccountsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, type Credentials } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { type Known, unknown } from '../../model/unknown.js';
import { InputError, type InputProblem } from '../../util/errors.js';
import type { Caller } from './caller.js';
import { tagRecord } from './context.js';

/**
 * Which accounts a scan covers, and how it gets into each: Organizations lists the
 * accounts, STS hands out the audit role's credentials in each member account.
 *
 * These operations are made by the identity that runs phiguard (the management or
 * delegated-administrator account), never by the audit role in the member accounts, so
 * they are declared apart from the collectors' read-only policy.
 */
export const orchestratorPermissions = {
  'organizations:ListAccounts': 'organizations:ListAccounts',
  'organizations:ListTagsForResource': 'organizations:ListTagsForResource',
  'sts:AssumeRole': 'sts:AssumeRole',
};

/** The role phiguard assumes in each member account unless `--role-name` says otherwise. */
export const DEFAULT_ROLE_NAME = 'PhiguardAudit';

const ACCOUNT_ID = /^\d{12}$/;
// IAM role names with an optional path (`audit/PhiguardAudit`).
const ROLE_NAME = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export interface TargetAccount {
  id: string;
  /** The name Organizations knows the account by. */
  name?: string;
  /** Whether the account came from the organization's list (and so has tags there). */
  inOrganization: boolean;
}

export function checkAccountIds(ids: readonly string[]): string[] {
  for (const id of ids) {
    if (!ACCOUNT_ID.test(id)) throw new InputError(`--accounts: "${id}" is not an AWS account id (12 digits)`);
  }
  return [...new Set(ids)];
}

export function checkRoleName(name: string): string {
  if (!ROLE_NAME.test(name)) throw new InputError(`--role-name: "${name}" is not an IAM role name`);
  return name;
}

/** Organizations reports `State` since 2025; older answers carry only the deprecated `Status`. */
function isActive(a: Account): boolean {
  return (a.State ?? a.Status) === 'ACTIVE';
}

export interface TargetRequest {
  org: boolean;
  /** Accounts the user named; with `org`, a filter on the organization's accounts. */
  accounts?: string[];
  homeRegion: string;
}

export interface Targets {
  targets: TargetAccount[];
  /** Collection problems (a partial organization list). */
  problems: InputProblem[];
  /** The user's mistakes that did not stop the scan (an account not in the organization). */
  usage: string[];
}

/**
 * The accounts to scan. Without `org` they are the accounts named; with it, the
 * organization's ACTIVE accounts (suspended and closing accounts refuse every call),
 * narrowed to the accounts named when there are any.
 */
export async function resolveTargets(caller: Caller, callerAccount: string, req: TargetRequest): Promise<Targets> {
  const named = req.accounts?.length ? checkAccountIds(req.accounts) : undefined;
  if (!req.org) {
    return { targets: (named ?? [callerAccount]).map((id) => ({ id, inOrganization: false })), problems: [], usage: [] };
  }
  const listing = await caller.list(
    'organizations',
    req.homeRegion,
    (NextToken) => new ListAccountsCommand({ ...(NextToken ? { NextToken } : {}) }),
    (out) => out.Accounts,
    (out) => out.NextToken,
  );
  if (listing.failure && listing.items.length === 0) {
    const f = listing.failure;
    throw new InputError(
      `--org: cannot list the organization's accounts (${f.reason}: ${f.message}); run phiguard in the management account or a delegated administrator account, or name accounts with --accounts`,
    );
  }
  const problems: InputProblem[] = [];
  if (listing.failure) {
    problems.push({
      source: `aws:${callerAccount}:${req.homeRegion}:organizations`,
      message: `the organization's account list is partial (${listing.failure.reason}: ${listing.failure.message}); accounts not listed were not scanned`,
    });
  }
  const byId = new Map(listing.items.filter((a) => a.Id).map((a) => [a.Id as string, a]));
  const usage: string[] = [];
  let chosen: Account[];
  if (named) {
    chosen = [];
    for (const id of named) {
      const a = byId.get(id);
      if (!a) usage.push(`--accounts: ${id} is not an account of the organization${listing.failure ? ' (or was not listed)' : ''}`);
      else if (!isActive(a)) usage.push(`--accounts: ${id} is ${(a.State ?? a.Status ?? 'not active').toLowerCase()}, not active; it was not scanned`);
      else chosen.push(a);
    }
  } else {
    chosen = [...byId.values()].filter(isActive);
  }
  const targets = chosen
    .map((a) => ({ id: a.Id as string, ...(a.Name ? { name: a.Name } : {}), inOrganization: true }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { targets, problems, usage };
}

/** The account's tags in Organizations, which is where AWS keeps them. */
export async function accountTags(
  caller: Caller,
  region: string,
  account: string,
): Promise<{ tags: Known<Record<string, string>>; calls: string[] }> {
  const listing = await caller.list(
    'organizations',
    region,
    (NextToken) => new ListTagsForResourceCommand({ ResourceId: account, ...(NextToken ? { NextToken } : {}) }),
    (out) => out.Tags,
    (out) => out.NextToken,
  );
  return {
    tags: listing.failure ? unknown(listing.failure.reason) : tagRecord(listing.items, (t) => t.Key, (t) => t.Value),
    calls: listing.calls,
  };
}

export interface AssumeRequest {
  account: string;
  partition: string;
  roleName: string;
  externalId?: string;
  homeRegion: string;
  /** Seconds the credentials last; refreshed before they expire. */
  durationSeconds?: number;
}

export type Assumed =
  | { ok: true; credentials: AwsCredentialIdentityProvider; identity: string; call: string }
  | { ok: false; reason: string; message: string; call: string };

// Credentials are renewed this long before they expire, so no call is signed with
// credentials that lapse in flight.
const REFRESH_MARGIN_MS = 5 * 60_000;

function identityOf(c: Credentials | undefined): AwsCredentialIdentity | undefined {
  if (!c?.AccessKeyId || !c.SecretAccessKey) return undefined;
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
    ...(c.Expiration ? { expiration: new Date(c.Expiration) } : {}),
  };
}

/**
 * Assumes the audit role in `account` through the caller (so the call is declared, timed
 * and classified like any other), and returns a provider that renews the credentials
 * before they expire: an account with thousands of resources can outlast a session.
 */
export async function assumeRole(caller: Caller, req: AssumeRequest): Promise<Assumed> {
  const RoleArn = `arn:${req.partition}:iam::${req.account}:role/${req.roleName}`;
  const command = () =>
    new AssumeRoleCommand({
      RoleArn,
      // Shows in the member account's CloudTrail as who read what.
      RoleSessionName: `phiguard-${req.account}`,
      DurationSeconds: req.durationSeconds ?? 3600,
      ...(req.externalId ? { ExternalId: req.externalId } : {}),
    });
  const first = await caller.call('sts', req.homeRegion, command());
  if (!first.ok) return { ok: false, reason: first.failure.reason, message: first.failure.message, call: first.call };
  let current = identityOf(first.value.Credentials);
  if (!current) return { ok: false, reason: 'sts:AssumeRole returned no credentials', message: RoleArn, call: first.call };
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const provider: AwsCredentialIdentityProvider = async () => {
    const expires = current?.expiration?.getTime();
    if (current && (expires === undefined || expires - Date.now() > REFRESH_MARGIN_MS)) return current;
    // One renewal for every client of the account, however many ask at once.
    pending ??= (async () => {
      const res = await caller.call('sts', req.homeRegion, command());
      const next = res.ok ? identityOf(res.value.Credentials) : undefined;
      if (!next) {
        const why = res.ok ? 'no credentials in the answer' : res.failure.reason;
        throw Object.assign(new Error(`renewing the ${RoleArn} session failed: ${why}`), { name: 'CredentialsRenewalFailed' });
      }
      current = next;
      return next;
    })().finally(() => {
      pending = undefined;
    });
    return pending;
  };
  return { ok: true, credentials: provider, identity: first.value.AssumedRoleUser?.Arn ?? RoleArn, call: first.call };
}
