import { HIPAA_NODES } from '../frameworks/hipaa/tree.js';
import { terminalLine, terminalSafe } from '../report/escape.js';
import { loadRules } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { InputError } from '../util/errors.js';

const NODE_TITLE = new Map<string, string>(HIPAA_NODES.map((n) => [n.id, n.title]));

/** A citation filter: `164.312(b)` matches exactly and everything under it; `164.312` a whole section. */
function citationMatches(rule: Rule, filter: string): boolean {
  return rule.meta.hipaa.some((c) => c === filter || c.startsWith(filter.endsWith(')') ? filter : `${filter}(`) || c.startsWith(`${filter}(`));
}

export async function listRules(opts: { hipaa?: string; format?: 'table' | 'json' }): Promise<void> {
  let rules = await loadRules();
  if (opts.hipaa) {
    const f = opts.hipaa.replace(/\s+/g, '');
    if (!/^164\.3(08|10|12|14|16)(\([0-9a-zA-Z]+\))*$/.test(f)) {
      throw new InputError(`--hipaa ${opts.hipaa}: expected a citation such as 164.312(b) or 164.312(a)(2)(iv)`);
    }
    rules = rules.filter((r) => citationMatches(r, f));
  }
  if (opts.format === 'json') {
    const out = rules.map((r) => ({ ...r.meta, options: r.options ? r.options.parse({}) : undefined }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const idW = Math.max(4, ...rules.map((r) => r.meta.id.length));
  process.stdout.write(`${'RULE'.padEnd(idW)}  SEVERITY  SOURCES                       HIPAA\n`);
  for (const r of rules) {
    process.stdout.write(
      `${r.meta.id.padEnd(idW)}  ${r.meta.severity.padEnd(8)}  ${r.meta.sources.join(',').padEnd(28)}  ${r.meta.hipaa.join(' ')}\n` +
        `${' '.repeat(idW)}  ${r.meta.title}\n`,
    );
  }
  process.stdout.write(`${rules.length} rule(s)${opts.hipaa ? ` citing ${opts.hipaa}` : ''}\n`);
}

export async function explainRule(id: string): Promise<void> {
  const rules = await loadRules();
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) {
    const near = rules.filter((r) => r.meta.id.includes(id) || id.includes(r.meta.id.split('-').slice(1, 3).join('-')));
    const hint = near.length ? `; did you mean ${near.slice(0, 3).map((r) => r.meta.id).join(', ')}?` : '; see phiguard rules';
    throw new InputError(`no rule "${terminalLine(id)}"${hint}`);
  }
  const m = rule.meta;
  const out: string[] = [
    `${m.id}: ${m.title}`,
    '',
    `Severity:        ${m.severity}`,
    `Resource types:  ${m.resourceTypes.join(', ')}`,
    `Sources:         ${m.sources.join(', ')}`,
    'HIPAA:',
    ...m.hipaa.map((c) => `  ${c}  ${NODE_TITLE.get(c) ?? ''}`),
    '',
    'Why it matters:',
    `  ${m.rationale}`,
    '',
    'Fix:',
    `  ${m.remediation.text}`,
  ];
  if (rule.options) out.push('', 'Options (defaults):', ...JSON.stringify(rule.options.parse({}), null, 2).split('\n').map((l) => `  ${l}`));
  const snippet = (label: string, code?: string) => {
    if (code) out.push('', `${label}:`, ...code.split('\n').map((l) => `  ${l}`));
  };
  snippet('Console', m.remediation.console);
  snippet('AWS CLI', m.remediation.cli);
  snippet('Terraform', m.remediation.terraform);
  snippet('CloudFormation', m.remediation.cloudformation);
  process.stdout.write(`${terminalSafe(out.join('\n'))}\n`);
}
