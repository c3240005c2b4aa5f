import { it } from 'vitest';
import { collectIac } from '../src/collect/iac/index.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { Inventory } from '../src/engine/inventory.js';
import { runScan } from '../src/engine/scan.js';
import { loadRules } from '../src/rules/registry.js';
it('dbg', async () => {
  const rules = await loadRules();
  const collected = await collectIac(['examples/']);
  const report = runScan({ inventory: new Inventory(collected.resources, collected.coverage), rules, config: DEFAULT_CONFIG,
    scope: { kind: 'iac', accounts: [], regions: [], paths: ['examples/'] }, problems: collected.problems, startedAt: new Date() });
  const want = (process.env.RULES ?? '').split(',');
  for (const f of report.findings) if (want.some((w) => f.ruleId.includes(w))) console.log(f.ruleId, f.status, `${f.resource.location?.file}#${f.resource.location?.address}`, f.message);
});
