import { it } from 'vitest';
import { collectIac } from '../src/collect/iac/index.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { Inventory } from '../src/engine/inventory.js';
import { runScan } from '../src/engine/scan.js';
import { loadRules } from '../src/rules/registry.js';

it('show', async () => {
  const rules = (await loadRules()).filter((r) => /^aws-(rds|dynamodb|dax|redshift|elasticache|opensearch|dms|efs)-/.test(r.meta.id));
  const dir = process.env.EXDIR ?? 'examples/rules/database/';
  const c = await collectIac([dir]);
  console.log('problems', c.problems);
  const report = runScan({ inventory: new Inventory(c.resources, c.coverage), rules, config: DEFAULT_CONFIG, scope: { kind: 'iac', accounts: [], regions: [], paths: [dir] }, problems: c.problems, startedAt: new Date() });
  const lines = report.findings.map((f) => `${f.ruleId.padEnd(42)} ${f.status.padEnd(13)} ${f.resource.location?.format?.slice(0, 3)} ${f.resource.location?.address}  ${f.message}`);
  console.log(lines.sort().join('\n'));
});
