import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloudFormationTemplate, terraformTreeWithModules } from './generate.js';

/*
 * `npm run bench:iac`: a generated CloudFormation template and a Terraform tree with local
 * modules, each at 5,000 and 50,000 resources. For each: the time to merely parse the text
 * (js-yaml; hcl2json over every file), the time to scan it (parse, resolve, normalize,
 * evaluate every rule, assemble the report), their ratio, peak RSS, and the growth from the
 * small size to the large one (10× the resources: linear is 10×). Every measurement runs in
 * its own process (bench.js's child mode), so its peak memory is its own.
 */

interface Measure { seconds: number; rssMb: number; resources: number; results: number }

const benchJs = fileURLToPath(new URL('./bench.js', import.meta.url));

function child(kind: 'cfn' | 'tf', mode: 'parse' | 'scan', input: string): Measure {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', benchJs, '--child', kind, mode, input], { encoding: 'utf8' });
  return JSON.parse(out) as Measure;
}

const small = Number(process.env.BENCH_IAC_SMALL ?? 5_000);
const large = Number(process.env.BENCH_IAC_LARGE ?? 50_000);
const work = mkdtempSync(join(tmpdir(), 'phiguard-bench-iac-'));
const rows: string[][] = [];
try {
  for (const kind of ['cfn', 'tf'] as const) {
    const runs = [small, large].map((n) => {
      let input: string;
      let label: string;
      if (kind === 'cfn') {
        input = join(work, `template-${n}.yaml`);
        writeFileSync(input, cloudFormationTemplate(n));
        label = `CloudFormation, one template of ${n} resources`;
      } else {
        const tree = terraformTreeWithModules(join(work, `tf-${n}`), n);
        writeFileSync(join(tree.dir, 'files.json'), JSON.stringify(tree.files));
        input = tree.dir;
        label = `Terraform, ${n} resources in ${tree.files.length} files, half through a module`;
      }
      const p = child(kind, 'parse', input);
      const s = child(kind, 'scan', input);
      process.stderr.write(`done: ${label}\n`);
      return { label, p, s };
    });
    const growth = runs[1]!.s.seconds / runs[0]!.s.seconds;
    for (const { label, p, s } of runs) {
      rows.push([
        label,
        String(s.resources),
        String(s.results),
        `${p.seconds.toFixed(2)} s`,
        `${s.seconds.toFixed(2)} s`,
        `${(s.seconds / p.seconds).toFixed(2)}×`,
        `${p.rssMb.toFixed(0)} MB`,
        `${s.rssMb.toFixed(0)} MB`,
        s === runs[1]!.s ? `${growth.toFixed(1)}× for ${(large / small).toFixed(0)}× resources` : '',
      ]);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const head = ['input', 'resources', 'results', 'parse only', 'scan', 'scan/parse', 'peak RSS parse', 'peak RSS scan', 'scan growth'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
process.stdout.write(`${fmt(head)}\n${rows.map(fmt).join('\n')}\n`);
