import { HIPAA_NODES, HIPAA_SECTIONS, HIPAA_SOURCE } from '../frameworks/hipaa/tree.js';
import type { Rule } from '../rules/types.js';

const esc = (s: string) => s.replace(/\|/g, '\\|');

/** docs/rules.md: every rule with its severity, citations and the sources it judges. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const lines = [
    '# Rules',
    '',
    'Generated from the rule metadata by `npm run docs`; CI fails when it is stale.',
    '`phiguard explain RULE` shows the rationale and the fix (console, AWS CLI, Terraform, CloudFormation).',
    '',
    `${rules.length} rules.`,
    '',
    '| Rule | Title | Severity | HIPAA | Resource types | Sources | Options |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rules) {
    const m = r.meta;
    const opts = r.options ? JSON.stringify(r.options.parse({})) : '';
    lines.push(
      `| \`${m.id}\` | ${esc(m.title)} | ${m.severity} | ${m.hipaa.join(', ')} | ${m.resourceTypes.join(', ')} | ${m.sources.join(', ')} | ${esc(opts)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** docs/hipaa.md: per section of the Security Rule, the rules that evidence it and what stays manual. */
export function renderHipaaDoc(rules: readonly Rule[]): string {
  const citing = new Map<string, string[]>();
  for (const r of rules) for (const c of r.meta.hipaa) citing.set(c, [...(citing.get(c) ?? []), r.meta.id]);
  const lines = [
    '# HIPAA Security Rule coverage',
    '',
    'Generated from the rule metadata by `npm run docs`; CI fails when it is stale.',
    '',
    `Source: ${HIPAA_SOURCE}`,
    '',
    'A specification no rule cites is **manual**: no API can show it (training, contingency',
    'plan testing, contracts), so reports list it for attestation and never count it as passed.',
  ];
  for (const s of HIPAA_SECTIONS) {
    lines.push('', `## ${s.id} ${s.title}`, '', '| Citation | Standard / specification | R/A | Evidenced by |', '|---|---|---|---|');
    for (const n of HIPAA_NODES.filter((x) => x.section === s.id)) {
      const ids = citing.get(n.id) ?? [];
      const title = n.kind === 'standard' ? `**${n.title}**` : n.title;
      const req = 'req' in n ? n.req : '';
      lines.push(`| ${n.id} | ${title} | ${req} | ${ids.length ? ids.map((i) => `\`${i}\``).join(', ') : 'manual'} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
