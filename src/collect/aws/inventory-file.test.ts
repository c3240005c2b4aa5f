import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AccountCollection } from '../../engine/collection.js';
import type { CoverageEntry } from '../../engine/inventory.js';
import type { AnyResource } from '../../model/resource.js';
import { InventoryWriter, readInventory } from './inventory-file.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-inv-'));
let n = 0;
const path = () => join(dir, `inv-${++n}.json.gz`);

const log = (i: number): AnyResource => ({
  provider: 'aws',
  type: 'AWS::Logs::LogGroup',
  id: `arn:aws:logs:us-east-1:111122223333:log-group:/app/${i}`,
  name: `/app/${i}`,
  account: '111122223333',
  region: 'us-east-1',
  tags: { phi: 'true' },
  props: { logGroupName: `/app/${i}`, retentionInDays: null, kmsKeyId: { $unknown: 'AccessDenied on logs:DescribeLogGroups' } },
  origin: { kind: 'live', calls: ['logs:DescribeLogGroups'] },
  refs: [`/app/${i}`],
});
const coverage: CoverageEntry = { provider: 'aws', account: '111122223333', type: 'AWS::Logs::LogGroup', complete: false, reasons: ['throttled'] };
const account: AccountCollection = {
  provider: 'aws',
  account: '111122223333',
  status: 'scanned',
  regions: ['us-east-1'],
  disabledRegions: [],
  calls: 3,
  failedCalls: 0,
  services: [{ service: 'logs', calls: 3, failedCalls: 0, resources: { 'us-east-1': 2 }, missing: [] }],
};
const scope = { accounts: ['111122223333'], regions: ['us-east-1'], identity: 'arn:aws:iam::111122223333:user/a' };
const header = { tool: { name: 'phiguard' as const, version: '0.1.0' }, source: 'aws' as const, createdAt: '2026-11-23T10:00:00.000Z' };

async function write(file: string, resources: AnyResource[]): Promise<void> {
  const w = await InventoryWriter.open(file, header);
  for (const r of resources) await w.resource(r);
  await w.coverage(coverage);
  await w.problem({ source: 'aws:111122223333:us-east-1:logs', message: 'throttled' });
  await w.account(account);
  await w.close(scope);
}

/** The file's lines, for tests that damage one. */
function lines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
}
function rewrite(file: string, edit: (lines: string[]) => string[]): void {
  writeFileSync(file, gzipSync(`${edit(lines(file)).join('\n')}\n`));
}

describe('inventory file', () => {
  it('writes a header, one resource a line, coverage, problems, accounts and an end record, and reads them back', async () => {
    const file = path();
    await write(file, [log(1), log(2)]);
    expect(existsSync(`${file}.partial`)).toBe(false);
    const l = lines(file).map((x) => JSON.parse(x) as Record<string, unknown>);
    expect(l[0]).toEqual({ format: 'phiguard-inventory', version: 1, ...header });
    expect(l.slice(1).map((x) => Object.keys(x)[0])).toEqual(['resource', 'resource', 'coverage', 'problem', 'account', 'end']);
    expect(l.at(-1)).toEqual({ end: { resources: 2, coverage: 1, problems: 1, accounts: 1, finishedAt: expect.any(String), scope } });

    const inv = await readInventory(file);
    expect(inv.resources).toEqual([log(1), log(2)]);
    expect(inv.coverage).toEqual([coverage]);
    expect(inv.problems).toEqual([{ source: 'aws:111122223333:us-east-1:logs', message: 'throttled' }]);
    expect(inv.collection).toEqual([account]);
    expect(inv.trailer.scope).toEqual(scope);
  });

  it('streams a large estate through, both ways', async () => {
    const file = path();
    const many = Array.from({ length: 20_000 }, (_, i) => log(i));
    await write(file, many);
    const inv = await readInventory(file);
    expect(inv.resources).toHaveLength(20_000);
    expect(inv.resources[19_999]).toEqual(log(19_999));
  });

  it('rejects bad input with one line naming the file and the line', async () => {
    const plain = path();
    writeFileSync(plain, '{"format":"phiguard-inventory","version":1}\n');
    await expect(readInventory(plain)).rejects.toThrow(`${plain}: not a gzip file (an inventory is gzipped JSON Lines)`);

    const newer = path();
    await write(newer, [log(1)]);
    rewrite(newer, (l) => [l[0]!.replace('"version":1', '"version":2'), ...l.slice(1)]);
    await expect(readInventory(newer)).rejects.toThrow(`${newer}:1: inventory format version 2 is newer than this phiguard reads (1): upgrade phiguard`);

    const other = path();
    writeFileSync(other, gzipSync('{"resources":[]}\n'));
    await expect(readInventory(other)).rejects.toThrow(`${other}:1: not a phiguard inventory (no "format": "phiguard-inventory" header)`);

    const corrupt = path();
    await write(corrupt, [log(1), log(2)]);
    rewrite(corrupt, (l) => [l[0]!, l[1]!, l[2]!.slice(0, 40), ...l.slice(3)]);
    await expect(readInventory(corrupt)).rejects.toThrow(new RegExp(`^${corrupt}:3: not a JSON line \\(`));

    const badResource = path();
    await write(badResource, [log(1)]);
    rewrite(badResource, (l) => [l[0]!, l[1]!.replace('"id":', '"ident":'), ...l.slice(2)]);
    await expect(readInventory(badResource)).rejects.toThrow(`${badResource}:2: resource.id is not a string`);

    const unknownRecord = path();
    await write(unknownRecord, [log(1)]);
    rewrite(unknownRecord, (l) => [l[0]!, '{"finding":{}}', ...l.slice(1)]);
    await expect(readInventory(unknownRecord)).rejects.toThrow(`${unknownRecord}:2: unknown record "finding"`);

    const lost = path();
    await write(lost, [log(1), log(2)]);
    rewrite(lost, (l) => [l[0]!, ...l.slice(2)]);
    await expect(readInventory(lost)).rejects.toThrow(`${lost}:6: the end record counts 2 resources, the file holds 1`);

    const noEnd = path();
    await write(noEnd, [log(1)]);
    rewrite(noEnd, (l) => l.slice(0, -1));
    await expect(readInventory(noEnd)).rejects.toThrow(`${noEnd}:6: the file ends without its end record: it was cut short`);

    const cut = path();
    await write(cut, Array.from({ length: 2000 }, (_, i) => log(i)));
    const bytes = readFileSync(cut);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readInventory(cut)).rejects.toThrow(new RegExp(`^${cut}:\\d+: the gzip data is corrupt or cut short`));

    await expect(readInventory(join(dir, 'nope.json.gz'))).rejects.toThrow(`${join(dir, 'nope.json.gz')}: no such file`);
  });
});
