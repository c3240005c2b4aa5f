import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { ListAccountsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../config/schema.js';
import { Inventory } from '../../engine/inventory.js';
import { runScan } from '../../engine/scan.js';
import { loadRules } from '../../rules/registry.js';
import { InputError } from '../../util/errors.js';
import { assumeRole } from './accounts.js';
import { Caller } from './caller.js';
import { ClientFactory } from './clients.js';
import { type AccountEvent, collectAws } from './index.js';
import { ACCOUNT, awsError, mockAws, ofType } from './test-support/aws-mock.js';

const mocks = mockAws();
const MANAGEMENT = ACCOUNT; // 111122223333, the caller's own account
const PROD = '444455556666';
const DEV = '777788889999';
const SUSPENDED = '222233334444';

const member = (Id: string, Name: string, State = 'ACTIVE') => ({
  Id,
  Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-abc123/${Id}`,
  Email: `${Name}@example.com`,
  Name,
  State,
  Status: State === 'ACTIVE' ? 'ACTIVE' : 'SUSPENDED',
  JoinedMethod: 'CREATED',
});

/** Which account a client's credentials belong to: assumed roles' keys carry the account id. */
async function accountOf(getClient: () => { config: unknown }): Promise<string> {
  const creds = await (getClient().config as { credentials: () => Promise<{ accessKeyId: string }> }).credentials();
  return creds.accessKeyId.startsWith('ASIA') ? creds.accessKeyId.slice(4) : MANAGEMENT;
}

/** A fake answering per account, as each account's endpoint would. */
function byAccount(answers: Record<string, unknown>) {
  return async (_input: unknown, getClient: () => { config: unknown }): Promise<unknown> => {
    const answer = answers[await accountOf(getClient)];
    if (answer instanceof Error) throw answer;
    if (answer === undefined) throw awsError('UnmockedInTest', 400, 'no answer for this account');
    return answer;
  };
}

function organization(): void {
  mocks.of('organizations').on(ListAccountsCommand).callsFake((input: { NextToken?: string }) =>
    input.NextToken === 'page-2'
      ? { Accounts: [member(DEV, 'dev'), member(SUSPENDED, 'old', 'SUSPENDED')] }
      : { Accounts: [member(MANAGEMENT, 'management'), member(PROD, 'prod')], NextToken: 'page-2' },
  );
  mocks.of('organizations').on(ListTagsForResourceCommand).callsFake((input: { ResourceId: string }) => ({
    Tags: input.ResourceId === PROD ? [{ Key: 'data-classification', Value: 'phi' }] : [],
  }));
  mocks.sts.on(AssumeRoleCommand).callsFake((input: { RoleArn: string; RoleSessionName: string }) => {
    const account = /::(\d{12}):/.exec(input.RoleArn)![1]!;
    return {
      Credentials: {
        AccessKeyId: `ASIA${account}`,
        SecretAccessKey: 'secret',
        SessionToken: 'token',
        Expiration: new Date(Date.now() + 3600_000),
      },
      AssumedRoleUser: { Arn: `arn:aws:sts::${account}:assumed-role/PhiguardAudit/${input.RoleSessionName}`, AssumedRoleId: 'AROAEXAMPLE:phiguard' },
    };
  });
  // Each account has one KMS key of its own, so results show whose clients answered.
  mocks.kms.on(ListKeysCommand).callsFake(async (_input: unknown, getClient: () => { config: unknown }) => ({
    Keys: [],
    Truncated: false,
    _account: await accountOf(getClient),
  }));
}

describe('organization scans', () => {
  it('lists the active accounts, enters each through the audit role, and scans each with its own credentials', async () => {
    organization();
    const seen: string[] = [];
    mocks.cloudtrail.on(DescribeTrailsCommand).callsFake(async (_i: unknown, getClient: () => { config: unknown }) => {
      seen.push(await accountOf(getClient));
      return { trailList: [] };
    });
    const result = await collectAws({ org: true, externalId: 'ext-42' });

    // Every page of the listing; the suspended account is left out.
    expect(mocks.of('organizations').commandCalls(ListAccountsCommand)).toHaveLength(2);
    expect(result.scope.accounts).toEqual([MANAGEMENT, PROD, DEV]);
    // The caller's own account is read with its own credentials: no role is assumed there.
    const assumed = mocks.sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input);
    expect(assumed).toEqual(
      [PROD, DEV].map((a) => ({
        RoleArn: `arn:aws:iam::${a}:role/PhiguardAudit`,
        RoleSessionName: `phiguard-${a}`,
        DurationSeconds: 3600,
        ExternalId: 'ext-42',
      })),
    );
    expect(seen.sort()).toEqual([MANAGEMENT, PROD, DEV].sort());
    const accounts = ofType(result.resources, 'AWS::Account');
    expect(accounts.map((a) => [a.account, a.name, a.tags])).toEqual([
      [MANAGEMENT, 'management', {}],
      [PROD, 'prod', { 'data-classification': 'phi' }],
      [DEV, 'dev', {}],
    ]);
    expect(accounts[1]!.origin).toEqual({ kind: 'live', calls: ['sts:AssumeRole', 'ec2:DescribeRegions', 'organizations:ListTagsForResource'] });
    expect(result.collection.map((c) => [c.account, c.name, c.status])).toEqual([
      [MANAGEMENT, 'management', 'scanned'],
      [PROD, 'prod', 'scanned'],
      [DEV, 'dev', 'scanned'],
    ]);
    for (const account of [MANAGEMENT, PROD, DEV]) {
      expect(result.coverage.filter((c) => c.account === account && !c.complete)).toEqual([]);
    }
    expect(result.problems).toEqual([]);
    expect(result.usage).toEqual([]);
  });

  it('isolates an account it cannot enter: reported, its account-level rules not assessed, the others scanned', async () => {
    organization();
    mocks.sts.on(AssumeRoleCommand, { RoleArn: `arn:aws:iam::${PROD}:role/PhiguardAudit` }).rejects(
      awsError('AccessDenied', 403, `User: arn:aws:iam::${MANAGEMENT}:user/auditor is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${PROD}:role/PhiguardAudit`),
    );
    const events: AccountEvent[] = [];
    const result = await collectAws({ org: true, onAccount: (e) => events.push(e) });

    expect(result.problems).toEqual([
      {
        source: `aws:${PROD}:us-east-1:sts`,
        message: `account ${PROD} not scanned: AccessDenied on sts:AssumeRole (User: arn:aws:iam::${MANAGEMENT}:user/auditor is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${PROD}:role/PhiguardAudit)`,
      },
    ]);
    const prod = result.collection.find((c) => c.account === PROD)!;
    expect(prod).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^AccessDenied on sts:AssumeRole/), regions: [] });
    expect(prod.services[0]!.missing).toEqual([{ region: '*', type: '*', status: 'account-failed', reason: prod.reason }]);
    const prodCoverage = result.coverage.filter((c) => c.account === PROD);
    expect(prodCoverage.length).toBeGreaterThan(5);
    expect(prodCoverage.every((c) => !c.complete && c.reasons[0]!.startsWith(`account ${PROD} not scanned: AccessDenied on sts:AssumeRole`))).toBe(true);
    // The others went on.
    expect(result.collection.filter((c) => c.status === 'scanned').map((c) => c.account)).toEqual([MANAGEMENT, DEV]);
    expect(events).toContainEqual({ phase: 'failed', account: PROD, reason: 'AccessDenied on sts:AssumeRole' });

    // The account is still judged, and what it could not show is not assessed, never passed or failed.
    const rules = await loadRules();
    const report = runScan({
      inventory: new Inventory(result.resources, result.coverage),
      rules: rules.filter((r) => r.meta.id === 'aws-cloudtrail-multi-region-trail-exists'),
      config: DEFAULT_CONFIG,
      scope: { kind: 'aws', accounts: result.scope.accounts, regions: result.scope.regions, paths: [] },
      problems: result.problems,
      startedAt: new Date(),
    });
    const byAccount = Object.fromEntries(report.findings.map((f) => [f.resource.account as string, f.status]));
    expect(byAccount).toEqual({ [MANAGEMENT]: 'fail', [PROD]: 'not_assessed', [DEV]: 'fail' });
    expect(report.findings.find((f) => f.resource.account === PROD)!.reason).toMatch(/account 444455556666 not scanned: AccessDenied on sts:AssumeRole/);
  });

  it('scans named accounts without Organizations, and checks named accounts against the organization', async () => {
    organization();
    const named = await collectAws({ accounts: [DEV, MANAGEMENT], roleName: 'audit/ReadOnly' });
    expect(mocks.of('organizations').commandCalls(ListAccountsCommand)).toHaveLength(0);
    expect(mocks.sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input.RoleArn)).toEqual([`arn:aws:iam::${DEV}:role/audit/ReadOnly`]);
    expect(named.scope.accounts).toEqual([DEV, MANAGEMENT]);
    // Outside Organizations the account's name and tags are not known.
    expect(ofType(named.resources, 'AWS::Account').map((a) => [a.name, a.tags])).toEqual([
      [DEV, { $unknown: 'account tags are kept by AWS Organizations: scan with --org to read them' }],
      [MANAGEMENT, { $unknown: 'account tags are kept by AWS Organizations: scan with --org to read them' }],
    ]);

    const filtered = await collectAws({ org: true, accounts: [PROD, SUSPENDED, '999999999999'] });
    expect(filtered.scope.accounts).toEqual([PROD]);
    expect(filtered.usage).toEqual([
      `--accounts: ${SUSPENDED} is suspended, not active; it was not scanned`,
      '--accounts: 999999999999 is not an account of the organization',
    ]);
  });

  it('refuses what cannot work before scanning anything', async () => {
    await expect(collectAws({ accounts: ['12345'] })).rejects.toThrow('--accounts: "12345" is not an AWS account id (12 digits)');
    await expect(collectAws({ org: true, roleName: 'bad role' })).rejects.toThrow('--role-name: "bad role" is not an IAM role name');
    mocks.of('organizations').on(ListAccountsCommand).rejects(awsError('AWSOrganizationsNotInUseException', 400, 'Your account is not a member of an organization.'));
    const refused = collectAws({ org: true });
    await expect(refused).rejects.toThrow(InputError);
    await expect(collectAws({ org: true })).rejects.toThrow(
      "--org: cannot list the organization's accounts (AWSOrganizationsNotInUseException on organizations:ListAccounts: Your account is not a member of an organization.); run phiguard in the management account or a delegated administrator account, or name accounts with --accounts",
    );
  });

  it('scans each account in the regions enabled for that account, and names the opt-in regions it skipped', async () => {
    organization();
    const region = (RegionName: string, OptInStatus: string) => ({ RegionName, Endpoint: `ec2.${RegionName}.amazonaws.com`, OptInStatus });
    mocks.ec2.on(DescribeRegionsCommand).callsFake(
      byAccount({
        [MANAGEMENT]: { Regions: [region('us-east-1', 'opt-in-not-required'), region('af-south-1', 'not-opted-in')] },
        [PROD]: { Regions: [region('us-east-1', 'opt-in-not-required'), region('af-south-1', 'opted-in')] },
        [DEV]: { Regions: [region('us-east-1', 'opt-in-not-required'), region('af-south-1', 'not-opted-in')] },
      }),
    );
    const listed: string[] = [];
    mocks.kms.on(ListKeysCommand).callsFake(async (_i: unknown, getClient: () => { config: { region: () => Promise<string> } }) => {
      // The client of this call, taken before any await lets another call in.
      const client = getClient();
      listed.push(`${await accountOf(() => client)}:${await client.config.region()}`);
      return { Keys: [], Truncated: false };
    });
    const result = await collectAws({ org: true });
    expect(mocks.ec2.commandCalls(DescribeRegionsCommand).map((c) => c.args[0].input)).toEqual([{ AllRegions: true }, { AllRegions: true }, { AllRegions: true }]);
    expect(listed.sort()).toEqual([`${MANAGEMENT}:us-east-1`, `${PROD}:af-south-1`, `${PROD}:us-east-1`, `${DEV}:us-east-1`].sort());
    expect(result.collection.map((c) => [c.account, c.regions, c.disabledRegions])).toEqual([
      [MANAGEMENT, ['us-east-1'], ['af-south-1']],
      [PROD, ['af-south-1', 'us-east-1'], []],
      [DEV, ['us-east-1'], ['af-south-1']],
    ]);
    expect(result.scope.regions).toEqual(['af-south-1', 'us-east-1']);
  });

  it('scans at most --account-concurrency accounts at once', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `10000000000${i}`);
    mocks.of('organizations').on(ListAccountsCommand).callsFake(() => ({ Accounts: ids.map((id) => member(id, `a${id.slice(-1)}`)) }));
    mocks.of('organizations').on(ListTagsForResourceCommand).resolves({ Tags: [] });
    mocks.sts.on(AssumeRoleCommand).callsFake(async (input: { RoleArn: string }) => {
      await new Promise((r) => setTimeout(r, 5));
      const account = /::(\d{12}):/.exec(input.RoleArn)![1]!;
      return { Credentials: { AccessKeyId: `ASIA${account}`, SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3600_000) }, AssumedRoleUser: { Arn: `arn:aws:sts::${account}:assumed-role/PhiguardAudit/x` } };
    });
    let active = 0;
    let peak = 0;
    const result = await collectAws({
      org: true,
      accountConcurrency: 2,
      onAccount: (e) => {
        if (e.phase === 'start') peak = Math.max(peak, ++active);
        if (e.phase === 'done' || e.phase === 'failed') active--;
      },
    });
    expect(result.collection.map((c) => c.status)).toEqual(Array(7).fill('scanned'));
    expect(peak).toBe(2);
  });

  it('streams each account out as it finishes and keeps none of its resources', async () => {
    organization();
    const streamed: string[] = [];
    const result = await collectAws({
      org: true,
      onAccountResult: async (r) => {
        streamed.push(`${r.account}:${r.resources.length}`);
      },
    });
    expect(result.resources).toEqual([]);
    expect(streamed.map((s) => s.split(':')[0]).sort()).toEqual([MANAGEMENT, PROD, DEV].sort());
    expect(result.collection).toHaveLength(3);
  });
});

describe('assumed-role credentials', () => {
  it('renews the session before it expires, once for every client asking at once', async () => {
    let n = 0;
    mocks.sts.on(AssumeRoleCommand).callsFake(() => {
      n++;
      // The first session is about to expire; the renewed one lasts an hour.
      const Expiration = new Date(Date.now() + (n === 1 ? 60_000 : 3600_000));
      return { Credentials: { AccessKeyId: `ASIAKEY${n}`, SecretAccessKey: 's', SessionToken: 't', Expiration }, AssumedRoleUser: { Arn: 'arn:aws:sts::444455556666:assumed-role/R/s' } };
    });
    mocks.sts.on(GetCallerIdentityCommand).resolves({ Account: MANAGEMENT, Arn: 'arn:aws:iam::111122223333:user/auditor' });
    const factory = new ClientFactory({ maxAttempts: 1 });
    const caller = new Caller(factory, new Map([['sts:AssumeRole', 'sts:AssumeRole']]), 4);
    try {
      const assumed = await assumeRole(caller, { account: PROD, partition: 'aws', roleName: 'R', homeRegion: 'us-east-1' });
      if (!assumed.ok) throw new Error(assumed.reason);
      const [a, b, c] = await Promise.all([assumed.credentials(), assumed.credentials(), assumed.credentials()]);
      expect([a.accessKeyId, b.accessKeyId, c.accessKeyId]).toEqual(['ASIAKEY2', 'ASIAKEY2', 'ASIAKEY2']);
      expect(n).toBe(2);
      expect((await assumed.credentials()).accessKeyId).toBe('ASIAKEY2');
      expect(n).toBe(2);
    } finally {
      factory.destroy();
    }
  });
});
