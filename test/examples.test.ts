import { beforeAll, describe, expect, it } from 'vitest';
import { collectIac } from '../src/collect/iac/index.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import type { Finding } from '../src/engine/finding.js';
import { Inventory } from '../src/engine/inventory.js';
import { runScan } from '../src/engine/scan.js';
import { loadRules } from '../src/rules/registry.js';

// Examples as tests: every rule that judges a template format fails on a bad resource and
// passes on a good one somewhere under examples/, through the real parsers. Per-rule
// examples live in examples/rules/<family>/; the telehealth app counts too.
const rules = await loadRules();
let findings: Finding[];
let problems: string[];

beforeAll(async () => {
  const collected = await collectIac(['examples/']);
  problems = collected.problems.map((p) => `${p.source}:${p.line ?? ''} ${p.message}`);
  const report = runScan({
    inventory: new Inventory(collected.resources, collected.coverage),
    rules,
    config: DEFAULT_CONFIG,
    scope: { kind: 'iac', accounts: [], regions: [], paths: ['examples/'] },
    problems: collected.problems,
    startedAt: new Date('2026-11-23T10:00:00Z'),
  });
  findings = report.findings;
});

describe('examples/', () => {
  it('parse without problems', () => {
    expect(problems).toEqual([]);
  });

  const cases = rules.flatMap((r) =>
    (['cloudformation', 'terraform', 'arm'] as const).filter((s) => r.meta.sources.includes(s)).map((s) => [r.meta.id, s] as const),
  );
  it.each(cases)('%s fails on a bad and passes on a good %s resource', (id, format) => {
    const mine = findings.filter((f) => f.ruleId === id && f.resource.location?.format === format);
    const where = (status: string) => mine.filter((f) => f.status === status).map((f) => `${f.resource.location?.file}#${f.resource.location?.address}`);
    expect(where('fail'), `${id}: a failing ${format} example`).not.toEqual([]);
    expect(where('pass'), `${id}: a passing ${format} example`).not.toEqual([]);
  });
});
