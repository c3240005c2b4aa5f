import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import { InputError } from '../util/errors.js';
import { verifyEvidencePack, writeEvidencePack } from './index.js';

const report = runScan({
  inventory: new Inventory([]),
  rules: [],
  config: DEFAULT_CONFIG,
  scope: { kind: 'iac', accounts: [], regions: [], paths: ['x/'] },
  problems: [],
  startedAt: new Date('2026-11-23T00:00:00Z'),
});

describe('evidence pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phiguard-pack-'));

  it('writes a pack that verifies, with the manifest describing the scan', async () => {
    const out = join(dir, 'a.zip');
    await writeEvidencePack(out, { report, inventory: [{ id: 'r1' }, { id: 'r2' }], files: [{ path: 'report.md', content: '# hi\n' }] });
    const v = await verifyEvidencePack(out);
    expect(v.ok).toBe(true);
    expect(v.manifest).toMatchObject({ tool: { name: 'phiguard' }, schemaVersion: report.schemaVersion, scan: { scope: { paths: ['x/'] } } });
    expect(v.manifest!.files.map((f) => f.path)).toEqual(['report.json', 'inventory.jsonl.gz', 'reports/report.md']);
    expect(v.manifest!.files.find((f) => f.path === 'reports/report.md')).toMatchObject({ bytes: 5 });
  });

  it('packs the same scan to the same bytes', async () => {
    const { readFileSync } = await import('node:fs');
    const input = { report, inventory: [{ id: 'r1' }], files: [] };
    await writeEvidencePack(join(dir, 'b1.zip'), input);
    await writeEvidencePack(join(dir, 'b2.zip'), input);
    expect(readFileSync(join(dir, 'b1.zip')).equals(readFileSync(join(dir, 'b2.zip')))).toBe(true);
  });

  it('throws an input error with one line for a file that is not a pack', async () => {
    const p = join(dir, 'junk.zip');
    writeFileSync(p, Buffer.alloc(100, 7));
    const err = await verifyEvidencePack(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).not.toContain('\n');
  });

  it('refuses duplicate or escaping report names', async () => {
    await expect(writeEvidencePack(join(dir, 'c.zip'), { report, inventory: [], files: [{ path: '/etc/x', content: '' }] })).rejects.toBeInstanceOf(InputError);
    await expect(
      writeEvidencePack(join(dir, 'c.zip'), { report, inventory: [], files: [{ path: 'a', content: '' }, { path: './a', content: '' }] }),
    ).rejects.toBeInstanceOf(InputError);
  });
});
