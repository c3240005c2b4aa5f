import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATS, type Format, render } from '../cli/output.js';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import type { AnyResource, ResourceType } from '../model/resource.js';
import type { Report } from '../report/model.js';
import { findChromium } from '../report/pdf.js';
import { loadRules } from '../rules/registry.js';
import { inventoryAccounts, inventoryLines } from './generate.js';

/*
 * `npm run bench:report`: a report of about 100,000 findings rendered in every format. Each
 * format runs in its own process (peak memory is its own) and is compared with the time
 * merely to serialize the same report as JSON.
 */

async function makeReport(findings: number): Promise<Report> {
  // About four results per generated resource.
  const resources = [...inventoryLines(Math.ceil(findings / 3.9))].map((l) => JSON.parse(l) as AnyResource);
  const types: ResourceType[] = ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::CloudTrail::Trail', 'AWS::S3::AccountPublicAccessBlock'];
  const coverage = inventoryAccounts(resources.length).flatMap((account) => types.map((type) => ({ provider: 'aws' as const, account, type, complete: true, reasons: [] })));
  return runScan({
    inventory: new Inventory(resources, coverage),
    rules: await loadRules(),
    config: DEFAULT_CONFIG,
    scope: { kind: 'aws', accounts: inventoryAccounts(resources.length), regions: ['us-east-1'], paths: [] },
    problems: [],
    startedAt: new Date(),
  });
}

interface Measure { seconds: number; rssMb: number; bytes: number }

async function child(format: Format | 'baseline', input: string): Promise<Measure> {
  const report = JSON.parse(readFileSync(input, 'utf8')) as Report;
  const t0 = process.hrtime.bigint();
  const out = format === 'baseline' ? JSON.stringify(report) : await render(report, format);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, rssMb: process.resourceUsage().maxRSS / 1024, bytes: Buffer.byteLength(out) };
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(argv[1] as Format, argv[2]!)));
    return;
  }
  const n = Number(process.env.BENCH_FINDINGS ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'phiguard-bench-report-'));
  try {
    const input = join(dir, 'report.json');
    const report = await makeReport(n);
    writeFileSync(input, JSON.stringify(report));
    const run = (f: string) =>
      JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', f, input], { encoding: 'utf8' })) as Measure;
    const base = run('baseline');
    const rows = [['format', 'time', 'vs JSON.stringify', 'output', 'peak RSS']];
    rows.push(['(JSON.stringify)', `${base.seconds.toFixed(2)} s`, '1.00×', `${(base.bytes / 1048576).toFixed(1)} MB`, `${base.rssMb.toFixed(0)} MB`]);
    for (const f of FORMATS) {
      if (f === 'pdf' && !findChromium()) {
        rows.push([f, 'skipped: no Chromium', '', '', '']);
        continue;
      }
      const m = run(f);
      rows.push([f, `${m.seconds.toFixed(2)} s`, `${(m.seconds / base.seconds).toFixed(2)}×`, `${(m.bytes / 1048576).toFixed(1)} MB`, `${m.rssMb.toFixed(0)} MB`]);
      process.stderr.write(`done: ${f}\n`);
    }
    process.stdout.write(`${report.findings.length} findings, ${report.summary.resources} resources\n`);
    const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) process.stdout.write(`${r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
