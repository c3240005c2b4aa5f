import { HIPAA_NODES, HIPAA_SECTIONS, HIPAA_SOURCE } from '../frameworks/hipaa/tree.js';
import type { Rule } from '../rules/types.js';
import { loadCatalog } from './catalog.js';

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

const TOOLS = ['Config', 'cdk-nag', 'Prowler', 'Steampipe'] as const;

/**
 * docs/mapping.md: each check of the reference catalog by the native ids of the tools that
 * make it (AWS Config rule, cdk-nag rule, Prowler check, Steampipe control), with the
 * phiguard rules that answer it; then the checks none of those tools make.
 */
export function renderMappingDoc(rules: readonly Rule[]): string {
  const catalog = loadCatalog();
  const coveredBy = new Map<string, string[]>();
  for (const r of rules) for (const c of r.meta.covers ?? []) coveredBy.set(c, [...(coveredBy.get(c) ?? []), r.meta.id]);
  const manual = new Map(catalog.notAutomated.map((n) => [n.id, n]));
  const answer = (id: string): string => {
    const ids = coveredBy.get(id);
    if (ids) return ids.map((i) => `\`${i}\``).join(', ');
    const why = manual.get(id);
    if (why?.by) return `answered by \`${why.by}\`: ${esc(why.reason)}`;
    return why ? `not automatable: ${esc(why.reason)}` : '**not yet covered**';
  };
  const count = (ids: string[]): number => ids.filter((id) => coveredBy.has(id)).length;
  const awsIds = catalog.aws.map((c) => c.id);
  const awsGaps = catalog.gaps.filter((g) => g.provider !== 'azure');
  const lines = [
    '# Mapping from other tools',
    '',
    'Generated from the rule metadata (`covers`) by `npm run docs`; CI fails when it is stale.',
    '',
    'Each AWS check that AWS Config\'s HIPAA conformance pack, cdk-nag\'s HIPAA Security pack,',
    "Prowler's `hipaa_aws` mapping or Steampipe's HIPAA benchmarks make, by each tool's own id, and",
    'the phiguard rules that answer it. Search this page for the id you know.',
    '',
    `AWS catalog: ${count(awsIds)} of ${awsIds.length} checks answered by a rule, ${awsIds.filter((i) => manual.has(i)).length} not automatable.`,
    `Beyond the catalogs: ${count(awsGaps.map((g) => g.id))} of ${awsGaps.length} AWS and cross-cloud checks that no surveyed tool makes answered by a rule, ${awsGaps.filter((g) => manual.get(g.id)?.by).length} by another command.`,
    '',
    '## AWS',
    '',
    `| Check | Service | ${TOOLS.join(' | ')} | phiguard |`,
    `|---|---|${TOOLS.map(() => '---|').join('')}---|`,
  ];
  for (const c of catalog.aws) {
    const native = TOOLS.map((t) => (c.refs[t] ?? []).map((n) => `\`${n}\``).join('<br>'));
    lines.push(`| ${c.id} | ${esc(c.service)} | ${native.join(' | ')} | ${answer(c.id)} |`);
  }
  lines.push('', '## Beyond the catalogs', '', 'What HIPAA guidance asks for that none of those tools checks.', '', '| Check | What fails | HIPAA | phiguard |', '|---|---|---|---|');
  for (const g of awsGaps) lines.push(`| ${g.id} | ${esc(g.text)} | ${g.hipaa.join(', ')} | ${answer(g.id)} |`);
  const azureIds = catalog.azure.map((c) => c.id);
  lines.push(
    '',
    '## Azure',
    '',
    `${count(azureIds)} of ${azureIds.length} checks answered by a rule. Each check with the tools that make it (\`tool:native-id\`: Azure Policy, Prowler, Steampipe, Checkov).`,
    '',
    '| Check | Resource type | Made by | phiguard |',
    '|---|---|---|---|',
  );
  for (const c of catalog.azure) lines.push(`| ${c.id} | ${esc(c.resourceType)} | ${c.sources.map((s) => `\`${esc(s)}\``).join('<br>')} | ${answer(c.id)} |`);
  const azureGaps = catalog.gaps.filter((g) => g.provider === 'azure');
  lines.push('', '### Azure, beyond the catalogs', '', '| Check | What fails | HIPAA | phiguard |', '|---|---|---|---|');
  for (const g of azureGaps) lines.push(`| ${g.id} | ${esc(g.text)} | ${g.hipaa.join(', ')} | ${answer(g.id)} |`);
  return `${lines.join('\n')}\n`;
}
