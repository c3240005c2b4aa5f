import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { load as loadYaml } from 'js-yaml';
import { collectIac } from '../collect/iac/index.js';
import { CFN_SCHEMA } from '../collect/iac/cloudformation/schema.js';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import type { AnyResource, ResourceType } from '../model/resource.js';
import { loadRules } from '../rules/registry.js';
import { cloudFormationTemplate, inventoryAccounts, inventoryLines, terraformTree } from './generate.js';

/*
 * `npm run bench`: for each input, the time to merely parse it, the time to scan it (parse,
 * normalize, evaluate every rule, assemble the report), their ratio, and peak RSS. Each
 * measurement runs in its own process so peak memory is its own; the ratio is taken from
 * measurements of one run.
 */

type Mode = 'parse' | 'scan';
interface Measure { seconds: number; rssMb: number; resources: number; results: number }

async function measure(kind: string, mode: Mode, input: string): Promise<Measure> {
  const rules = await loadRules();
  const t0 = process.hrtime.bigint();
  let resources = 0;
  let results = 0;
  if (kind === 'cfn') {
    if (mode === 'parse') {
      const doc = loadYaml(readFileSync(input, 'utf8'), { schema: CFN_SCHEMA }) as { Resources: object };
      resources = Object.keys(doc.Resources).length;
    } else {
      const c = await collectIac([input]);
      const r = runScan({ inventory: new Inventory(c.resources), rules, config: DEFAULT_CONFIG, scope: { kind: 'iac', accounts: [], regions: [], paths: [input] }, problems: c.problems, startedAt: new Date() });
      resources = r.summary.resources;
      results = r.findings.length;
    }
  } else if (kind === 'tf') {
    const files = JSON.parse(readFileSync(join(input, 'files.json'), 'utf8')) as string[];
    if (mode === 'parse') {
      for (const f of files) {
        const out = (await parseHcl(f, readFileSync(f, 'utf8'))) as { resource?: Record<string, object> };
        for (const byName of Object.values(out.resource ?? {})) resources += Object.keys(byName).length;
      }
    } else {
      const c = await collectIac([input]);
      const r = runScan({ inventory: new Inventory(c.resources), rules, config: DEFAULT_CONFIG, scope: { kind: 'iac', accounts: [], regions: [], paths: [input] }, problems: c.problems, startedAt: new Date() });
      resources = r.summary.resources;
      results = r.findings.length;
    }
  } else {
    const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean);
    const parsed = lines.map((l) => JSON.parse(l) as AnyResource);
    resources = parsed.length;
    if (mode === 'scan') {
      const types: ResourceType[] = ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::CloudTrail::Trail', 'AWS::S3::AccountPublicAccessBlock'];
      const coverage = inventoryAccounts(parsed.length).flatMap((account) =>
        types.map((type) => ({ provider: 'aws' as const, account, type, complete: true, reasons: [] })),
      );
      const inv = new Inventory(parsed, coverage);
      const r = runScan({ inventory: inv, rules, config: DEFAULT_CONFIG, scope: { kind: 'inventory', accounts: [], regions: [], paths: [input] }, problems: [], startedAt: new Date() });
      results = r.findings.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, rssMb: process.resourceUsage().maxRSS / 1024, resources, results };
}

function child(kind: string, mode: Mode, input: string): Measure {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', kind, mode, input], { encoding: 'utf8' });
  return JSON.parse(out) as Measure;
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    process.stdout.write(JSON.stringify(await measure(argv[1]!, argv[2] as Mode, argv[3]!)));
    return;
  }
  const size = (name: string, def: number) => Number(process.env[name] ?? def);
  const work = mkdtempSync(join(tmpdir(), 'phiguard-bench-'));
  const rows: string[][] = [];
  const row = (label: string, kind: string, input: string) => {
    const p = child(kind, 'parse', input);
    const s = child(kind, 'scan', input);
    rows.push([label, String(s.resources), String(s.results), `${p.seconds.toFixed(2)} s`, `${s.seconds.toFixed(2)} s`, `${(s.seconds / p.seconds).toFixed(2)}×`, `${p.rssMb.toFixed(0)} MB`, `${s.rssMb.toFixed(0)} MB`]);
    process.stderr.write(`done: ${label}\n`);
  };
  try {
    const cfnN = size('BENCH_CFN', 10_000);
    const cfn = join(work, 'template.yaml');
    writeFileSync(cfn, cloudFormationTemplate(cfnN));
    row(`CloudFormation, ${cfnN} resources`, 'cfn', cfn);

    const tfN = size('BENCH_TF', 10_000);
    const tree = terraformTree(join(work, 'tf'), tfN);
    writeFileSync(join(tree.dir, 'files.json'), JSON.stringify(tree.files));
    row(`Terraform, ${tfN} resources, ${tree.files.length} files`, 'tf', tree.dir);

    for (const n of (process.env.BENCH_INV ?? '25000,50000,100000').split(',').map(Number)) {
      const inv = join(work, `inventory-${n}.jsonl`);
      writeFileSync(inv, `${[...inventoryLines(n)].join('\n')}\n`);
      row(`Inventory, ${n} resources`, 'inv', inv);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const head = ['input', 'resources', 'results', 'parse only', 'scan', 'scan/parse', 'peak RSS parse', 'peak RSS scan'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`${fmt(head)}\n${rows.map(fmt).join('\n')}\n`);
}

await main();
