import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeLogGroupsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { ListAccountsCommand, ListTagsForResourceCommand as ListAccountTagsCommand } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { describe, expect, it, vi } from 'vitest';
import { ACCOUNT, awsError, mockAws } from '../collect/aws/test-support/aws-mock.js';
import { main } from './main.js';

// `collect aws`, then `scan inventory`, in process against the SDK mock: the offline scan
// of a saved inventory must say what the live scan says.
const mocks = mockAws();
const dir = mkdtempSync(join(tmpdir(), 'pg-collect-'));
const LOG_ARN = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/phi/intake`;

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

interface Report {
  schemaVersion: string;
  scan: { scope: { kind: string; accounts: string[]; paths: string[] } };
  summary: { resources: number };
  findings: { id: string; ruleId: string; status: string; reason?: string; resource: { name: string; calls?: string[] } }[];
  collection: { account: string; status: string; services: { service: string; resources: Record<string, number>; missing: { status: string }[] }[] }[];
}
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Report;

function estate(): void {
  mocks.logs.on(DescribeLogGroupsCommand).resolves({
    logGroups: [{ logGroupName: '/phi/intake', arn: `${LOG_ARN}:*`, logGroupArn: LOG_ARN, retentionInDays: 30 }],
  });
  mocks.logs.on(ListTagsForResourceCommand).resolves({ tags: { phi: 'true' } });
  mocks.kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException', 400, 'not authorized to perform: kms:ListKeys'));
}

describe('collect aws and scan inventory', () => {
  it('saves the inventory, and the offline scan reports what the live scan reports', async () => {
    estate();
    const inv = join(dir, 'out', 'inventory.json.gz');
    const collected = await run(['collect', 'aws', '--regions', 'us-east-1', '-o', inv]);
    expect(collected.code).toBe(0);
    // The SDK may warn about the Node version on stderr first; the summary is its own line.
    expect(collected.stderr).toMatch(new RegExp(`^phiguard: ${inv}: \\d+ resources from 1 account\\(s\\) in 1 region\\(s\\), 1 collection problem\\(s\\)$`, 'm'));

    const live = join(dir, 'live.json');
    const offline = join(dir, 'offline.json');
    const a = await run(['scan', 'aws', '--regions', 'us-east-1', '-f', 'json', '-o', live, '-q', '--fail-on', 'none']);
    const b = await run(['scan', 'inventory', inv, '-f', 'json', '-o', offline, '-q', '--fail-on', 'none']);
    expect([a.code, b.code]).toEqual([0, 0]);
    const [l, o] = [read(live), read(offline)];
    expect(o.schemaVersion).toBe('1.2.0');
    expect(o.scan.scope).toMatchObject({ kind: 'inventory', accounts: [ACCOUNT], paths: [inv] });
    expect(o.summary.resources).toBe(l.summary.resources);
    const brief = (r: Report) => r.findings.map((f) => [f.id, f.ruleId, f.status, f.reason ?? '', f.resource.calls ?? []]);
    expect(brief(o)).toEqual(brief(l));
    // What could not be listed is carried over: the KMS denial keeps key rules from passing.
    const kms = o.collection[0]!.services.find((s) => s.service === 'kms')!;
    expect(kms.missing).toEqual([expect.objectContaining({ status: 'denied' })]);
    expect(o.collection[0]!.services.find((s) => s.service === 'logs')!.resources).toEqual({ 'us-east-1': 1 });

    // Every scan option applies offline: --phi-only and --fail-on.
    const phiOnly = join(dir, 'phi.json');
    const c = await run(['scan', 'inventory', inv, '--phi-only', '-f', 'json', '-o', phiOnly, '-q', '--fail-on', 'low']);
    expect(read(phiOnly).findings.every((f) => f.resource.name === '/phi/intake')).toBe(true);
    expect(c.code).toBe(1);
  });

  it('shows per account what was collected and what was not in the terminal report', async () => {
    mocks.of('organizations').on(ListAccountsCommand).resolves({
      Accounts: [
        { Id: ACCOUNT, Name: 'management', State: 'ACTIVE' },
        { Id: '444455556666', Name: 'prod', State: 'ACTIVE' },
      ],
    } as never);
    mocks.of('organizations').on(ListAccountTagsCommand).resolves({ Tags: [] });
    mocks.sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 403, 'not authorized to perform: sts:AssumeRole'));
    const res = await run(['scan', 'aws', '--org', '--regions', 'us-east-1', '--fail-on', 'none', '--no-color']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('COLLECTION (2 account(s): 1 complete, 0 partial, 1 not scanned)');
    expect(res.stdout).toContain(`✓ ${ACCOUNT} management  1 region(s) · `);
    expect(res.stdout).toContain('✗ 444455556666 prod  not scanned: AccessDenied on sts:AssumeRole (not authorized to perform: sts:AssumeRole)');
    // Not a terminal: no progress, but the failed account is said as it happens.
    expect(res.stderr.split('\n').filter((l) => l.startsWith('phiguard:'))).toEqual(['phiguard: account 444455556666 not scanned: AccessDenied on sts:AssumeRole']);
  });

  it('logs every call with --verbose', async () => {
    const res = await run(['scan', 'aws', '--regions', 'us-east-1', '-v', '-f', 'json', '-o', join(dir, 'v.json'), '-q']);
    expect(res.stderr).toMatch(/^phiguard: sts:GetCallerIdentity us-east-1 \d+ms$/m);
    expect(res.stderr).toMatch(new RegExp(`^phiguard: ${ACCOUNT} s3:ListBuckets us-east-1 \\d+ms$`, 'm'));
  });

  it('exits 2 with one line for an inventory it cannot read', async () => {
    const bad = join(dir, 'bad.json.gz');
    writeFileSync(bad, 'not gzip');
    const res = await run(['scan', 'inventory', bad]);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`phiguard: ${bad}: not a gzip file (an inventory is gzipped JSON Lines)\n`);
    expect(res.stdout).toBe('');
    const usage = await run(['scan', 'aws', '--config-aggregator', 'org']);
    expect(usage).toMatchObject({ code: 2, stderr: 'phiguard: --config-aggregator is used with --inventory-source config\n' });
  });
});
