import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { scanBuffer } from '../src/phi/detect/index.js';
import type { DiscoveryReport } from '../src/phi/types.js';
import { AZURITE_ACCOUNT, type AzuriteFixture, type Event, putObjects, S3_CREDS, type S3Fixture, startAzurite, startS3 } from './discover-servers.js';
import { bigText, CLEAN, CSV, GZ_LOG, JSONL, leakNeedles, PLANTED, PNG_NO_EXT } from './discover-fixtures.js';

let s3: S3Fixture;
let az: AzuriteFixture;
let dir: string;
const savedEnv = { ...process.env };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing its output; stderr writes also go to the event log. */
async function run(args: string[], events?: Event[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    events?.push({ kind: 'stderr', text: String(s) });
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'discover-'));
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: S3_CREDS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_CREDS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    NO_COLOR: '1',
  });
  delete process.env.AWS_PROFILE;
  delete process.env.AZURE_STORAGE_CONNECTION_STRING;
  [s3, az] = await Promise.all([startS3(), startAzurite()]);

  await putObjects(
    s3.client,
    'intake-raw',
    {
      'exports/patients.csv': CSV,
      'events/2026-01.jsonl': JSONL,
      'logs/app.log.gz': GZ_LOG,
      'images/scan.png': PNG_NO_EXT,
      'blobs/mystery': PNG_NO_EXT,
      'dumps/big.txt': bigText(),
      [`claims/${PLANTED.ssn[0]}.txt`]: CLEAN,
      'empty.txt': '',
      'forbidden/secret.csv': CSV,
    },
    { 'events/2026-01.jsonl': { contentType: 'application/x-ndjson' } },
  );
  await putObjects(s3.client, 'ehr-phi', { 'records.csv': CSV });
  s3.tags.set('ehr-phi', { DataClassification: 'PHI' });
  await putObjects(s3.client, 'public-assets', { 'readme.txt': CLEAN });

  const svc = BlobServiceClient.fromConnectionString(az.connectionString);
  const intake = svc.getContainerClient('intake');
  await intake.create();
  await intake.getBlockBlobClient('batch/patients.csv').uploadData(CSV);
  await intake.getBlockBlobClient('batch/app.log.gz').uploadData(GZ_LOG);
  const ehr = svc.getContainerClient('ehr');
  await ehr.create({ metadata: { phi: 'true' } });
  await ehr.getBlockBlobClient('records.jsonl').uploadData(JSONL);

  mkdirSync(join(dir, 'local/data'), { recursive: true });
  writeFileSync(join(dir, 'local/data/patients.csv'), CSV);
  writeFileSync(join(dir, 'local/data/app.log.gz'), GZ_LOG);
  writeFileSync(join(dir, 'local/readme.txt'), CLEAN);
  mkdirSync(join(dir, 'clean'), { recursive: true });
  writeFileSync(join(dir, 'clean/readme.txt'), CLEAN);
}, 120_000);

afterAll(async () => {
  await Promise.all([s3?.close(), az?.close()]);
  rmSync(dir, { recursive: true, force: true });
  process.env = savedEnv;
});

afterEach(() => {
  s3.events.length = 0;
});

function readReport(path: string): DiscoveryReport {
  return JSON.parse(readFileSync(path, 'utf8')) as DiscoveryReport;
}

describe('fixtures', () => {
  it('the planted identifiers are ones the detectors find', () => {
    const types = scanBuffer(CSV).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['ssn', 'npi', 'email', 'phone']));
  });
});

describe('phiguard discover on S3 (s3rver)', () => {
  it('reports PHI in an untagged bucket as critical, exit 1, reading only a range of large objects', async () => {
    const json = join(dir, 'raw.json');
    const state = join(dir, 'state-raw.json');
    const r = await run(['discover', 's3://intake-raw', '--endpoint-url', s3.endpoint, '--max-object-bytes', '64KB', '-f', 'json', '-o', json, '--state', state]);
    expect(r.code).toBe(1);
    const report = readReport(json);
    const store = report.stores[0]!;
    expect(store.declaration.declared).toBe(false);
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'critical', title: 'PHI in an unexpected location', hipaa: ['164.308(a)(1)(ii)(A)', '164.312(a)(1)'] })]);
    const byKey = Object.fromEntries(store.objects.map((o) => [o.key, o]));
    expect(byKey['exports/patients.csv']!.entities.map((e) => e.type)).toEqual(expect.arrayContaining(['ssn', 'npi', 'email', 'phone']));
    expect(byKey['events/2026-01.jsonl']!.entities.map((e) => e.type)).toContain('ssn');
    expect(byKey['logs/app.log.gz']).toMatchObject({ status: 'scanned', encoding: 'gzip' });
    expect(byKey['logs/app.log.gz']!.entities.find((e) => e.type === 'ssn')?.count).toBe(20);
    expect(byKey['blobs/mystery']).toMatchObject({ status: 'skipped', reason: 'binary' });
    // A denied read is not assessed, with its reason — never "no PHI".
    expect(byKey['forbidden/secret.csv']).toMatchObject({ status: 'not_assessed', reason: 'read failed: access denied (AccessDenied)', entities: [] });
    expect(store.objectsNotAssessed).toBe(1);
    // scan.png is skipped by its name, without a GET
    expect(store.sample.skippedBinaryByName).toBe(1);
    expect(store.sample.skippedEmpty).toBe(1);
    expect(s3.events.some((e) => e.kind === 'http' && e.path.startsWith('/intake-raw/images/scan.png'))).toBe(false);
    // The big object: 64 KB read of 3 MB, by a Range request the server honoured.
    const big = byKey['dumps/big.txt']!;
    expect(big).toMatchObject({ status: 'scanned', bytesRead: 65536, bytesScanned: 65536, truncated: true });
    expect(big.entities.find((e) => e.type === 'ssn')?.count).toBe(1); // the deep one was never read
    const bigGet = s3.events.find((e) => e.kind === 'http' && e.path.startsWith('/intake-raw/dumps/big.txt'));
    expect(bigGet).toMatchObject({ method: 'GET', range: 'bytes=0-65535' });
    // A key that is itself an identifier is masked.
    expect(store.objects.map((o) => o.key)).toContain('claims/[NUMBER:11].txt');
    // The state file records the store, entity counts only.
    const st = JSON.parse(readFileSync(state, 'utf8'));
    expect(st).toMatchObject({ version: 1, stores: [{ uri: 's3://intake-raw', provider: 'aws', id: 'intake-raw', arn: 'arn:aws:s3:::intake-raw' }] });
    expect(st.stores[0].entities.ssn).toBeGreaterThan(0);
  });

  it('treats PHI in a bucket tagged as PHI as expected: info, exit 0', async () => {
    const r = await run(['discover', 's3://ehr-phi', '--endpoint-url', s3.endpoint, '--state', join(dir, 'state-ehr.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('declared PHI: tag DataClassification=PHI');
    expect(r.stdout).toContain('info  PHI where expected');
  });

  it('prints the estimate on stderr before any GetObject', async () => {
    const events = s3.events;
    const r = await run(['discover', 's3://intake-raw', '--endpoint-url', s3.endpoint, '--state', join(dir, 'state-order.json')], events);
    expect(r.code).toBe(1);
    const estimate = events.findIndex((e) => e.kind === 'stderr' && e.text.includes('estimated cost (aws)'));
    const firstGet = events.findIndex((e) => e.kind === 'http' && e.method === 'GET' && /^\/intake-raw\/[^?]+/.test(e.path));
    const lastList = events.map((e) => e.kind === 'http' && e.path.includes('list-type=2')).lastIndexOf(true);
    expect(estimate).toBeGreaterThan(-1);
    expect(firstGet).toBeGreaterThan(estimate);
    expect(lastList).toBeLessThan(estimate);
    expect(r.stderr).toMatch(/LIST \+ \d+ GET requests/);
    expect(r.stderr).toContain('$0.09/GB');
  });

  it('--all-buckets reads every bucket of the account', async () => {
    const json = join(dir, 'all.json');
    const r = await run(['discover', '--all-buckets', '--endpoint-url', s3.endpoint, '-f', 'json', '-o', json, '--state', join(dir, 'state-all.json')]);
    expect(r.code).toBe(1);
    const report = readReport(json);
    expect(report.stores.map((s) => s.uri).sort()).toEqual(['s3://ehr-phi', 's3://intake-raw', 's3://public-assets']);
    expect(report.summary).toMatchObject({ critical: 1, info: 1, storesWithPhi: 2 });
  });

  it('samples within the object budget, spread over the listing', async () => {
    const json = join(dir, 'budget.json');
    await run(['discover', 's3://intake-raw', '--endpoint-url', s3.endpoint, '--max-objects', '2', '-f', 'json', '-o', json, '--state', join(dir, 's.json')]);
    const store = readReport(json).stores[0]!;
    expect(store.objects).toHaveLength(2);
    expect(store.sample.objects).toBe(2);
  });

  it('exit 2, one line, for s3:// without a bucket and for a bucket that does not exist', async () => {
    const a = await run(['discover', 's3://']);
    expect(a.code).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    const b = await run(['discover', 's3://no-such-bucket-here', '--endpoint-url', s3.endpoint, '--state', join(dir, 'x.json')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/no-such-bucket-here: listing failed: not found \(NoSuchBucket\)/);
    expect(b.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('phiguard discover on Azure Blob (azurite)', () => {
  it('finds PHI in a container without PHI metadata: high (declaration unknown), exit 1', async () => {
    const json = join(dir, 'az.json');
    const r = await run(['discover', `azblob://${AZURITE_ACCOUNT}/intake`, '--azure-connection-string', az.connectionString, '-f', 'json', '-o', json, '--state', join(dir, 'state-az.json')]);
    expect(r.code).toBe(1);
    const report = readReport(json);
    const store = report.stores[0]!;
    expect(store.declaration.declared).toBe('unknown');
    expect(store.objects.find((o) => o.key === 'batch/app.log.gz')).toMatchObject({ status: 'scanned', encoding: 'gzip' });
    expect(store.entities.ssn).toBeGreaterThan(0);
    expect(report.findings[0]).toMatchObject({ severity: 'high' });
    expect(r.stderr).toContain('estimated cost (azure)');
  });

  it('a container whose metadata declares PHI: info, exit 0 (connection string from the environment)', async () => {
    process.env.AZURE_STORAGE_CONNECTION_STRING = az.connectionString;
    try {
      const r = await run(['discover', `azblob://${AZURITE_ACCOUNT}/ehr`, '--state', join(dir, 'state-az2.json')]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('PHI where expected');
    } finally {
      delete process.env.AZURE_STORAGE_CONNECTION_STRING;
    }
  });
});

describe('phiguard discover on local paths', () => {
  it('PHI in an undeclared directory: critical, exit 1; a clean one: exit 0', async () => {
    const a = await run(['discover', join(dir, 'local'), '--state', join(dir, 'state-local.json')]);
    expect(a.code).toBe(1);
    expect(a.stdout).toContain('PHI in an unexpected location');
    const b = await run(['discover', join(dir, 'clean'), '--state', join(dir, 'state-local.json')]);
    expect(b.code).toBe(0);
    // the earlier store stays in the state; the clean one is not added
    const st = JSON.parse(readFileSync(join(dir, 'state-local.json'), 'utf8'));
    expect(st.stores.map((s: { uri: string }) => s.uri)).toEqual([join(dir, 'local')]);
  });

  it('a missing path: exit 2, one line', async () => {
    const r = await run(['discover', join(dir, 'nope'), '--state', join(dir, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`phiguard: ${join(dir, 'nope')}: no such file or directory\n`);
  });
});

describe('no planted value leaks into any output', () => {
  for (const preview of [false, true]) {
    it(`terminal, JSON file, state file and stderr${preview ? ', with --masked-preview' : ''}`, async () => {
      const tag = preview ? 'mp' : 'plain';
      const json = join(dir, `leak-${tag}.json`);
      const state = join(dir, `leak-state-${tag}.json`);
      const extra = preview ? ['--masked-preview'] : [];
      process.env.AZURE_STORAGE_CONNECTION_STRING = az.connectionString;
      const runs: Run[] = [];
      try {
        const targets = ['s3://intake-raw', 's3://ehr-phi', `azblob://${AZURITE_ACCOUNT}/intake`, join(dir, 'local')];
        runs.push(await run(['discover', ...targets, '--endpoint-url', s3.endpoint, '-v', '--state', state, ...extra]));
        runs.push(await run(['discover', ...targets, '--endpoint-url', s3.endpoint, '-v', '-f', 'json', '-o', json, '--state', state, ...extra]));
        runs.push(await run(['discover', ...targets, '--endpoint-url', s3.endpoint, '-f', 'json', '--state', state, ...extra]));
      } finally {
        delete process.env.AZURE_STORAGE_CONNECTION_STRING;
      }
      const texts = [...runs.flatMap((r) => [r.stdout, r.stderr]), readFileSync(json, 'utf8'), readFileSync(state, 'utf8')];
      // The runs did find things (otherwise "no leak" proves nothing).
      expect(runs.map((r) => r.code)).toEqual([1, 1, 1]);
      expect(readFileSync(json, 'utf8')).toContain('"ssn"');
      if (preview) expect(readFileSync(json, 'utf8')).toContain('[SSN:11]');
      for (const needle of leakNeedles()) {
        for (const t of texts) expect(t.includes(needle), `planted value found in output`).toBe(false);
      }
    });
  }
});
