import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiguard, type Run } from './cli-helpers.js';
import { rewriteZip, zipEntries } from './zip-helpers.js';

describe('phiguard evidence and verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phiguard-evidence-'));
  const pack = join(dir, 'pack.zip');
  let made: Run;
  beforeAll(async () => {
    made = await phiguard(['evidence', 'iac', 'examples/telehealth/', '-o', pack]);
  });

  it('writes a pack of the inventory, every report and a manifest, and exits as the scan would', async () => {
    expect(made.code).toBe(1);
    expect(made.stdout).toMatch(/evidence pack .*pack\.zip: 16 resources, 105 results/);
    const names = [...(await zipEntries(pack)).keys()].sort();
    expect(names).toEqual(
      [
        'inventory.jsonl.gz', 'manifest.json', 'report.json', 'reports/findings.csv', 'reports/junit.xml', 'reports/ocsf.json',
        'reports/report.html', 'reports/report.pdf', 'reports/report.sarif', 'reports/summary.md', 'reports/summary.txt',
      ].sort(),
    );
  });

  it('verify says intact and exits 0 for an untouched pack', async () => {
    const r = await phiguard(['verify', pack]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/intact/);
  });

  it('verify names every modified, missing and added file and exits 1', async () => {
    const tampered = join(dir, 'tampered.zip');
    await rewriteZip(pack, tampered, (m) => {
      m.set('reports/findings.csv', Buffer.from('status\npass\n'));
      m.delete('reports/summary.md');
      m.set('reports/extra.txt', Buffer.from('planted'));
    });
    const r = await phiguard(['verify', tampered]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^modified  reports\/findings\.csv$/m);
    expect(r.stdout).toMatch(/^missing   reports\/summary\.md$/m);
    expect(r.stdout).toMatch(/^added     reports\/extra\.txt$/m);
    expect(r.stdout).toMatch(/NOT intact/);
  });

  it('a file that is not a pack is a one-line input error', async () => {
    const bogus = join(dir, 'bogus.zip');
    writeFileSync(bogus, 'not a zip');
    const r = await phiguard(['verify', bogus]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bogus\.zip: not a readable evidence pack/);
  });

  it('evidence needs --output', async () => {
    const r = await phiguard(['evidence', 'iac', 'examples/telehealth/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/required option '-o, --output <file>'/);
  });
});
