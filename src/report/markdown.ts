import type { Finding } from '../engine/finding.js';
import { SEVERITIES, type Severity } from '../rules/types.js';
import type { Report } from './model.js';

/** GitHub refuses comments over 65,536 characters; stay clear of it with room for a footer. */
export const MARKDOWN_LIMIT = 60_000;

const WJ = '\u2060'; // word joiner: invisible, but breaks what GitHub would turn into a link or ping
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes a cloud or template string inert in GitHub Markdown, in a table cell or in text:
 * HTML becomes entities, Markdown punctuation is backslash-escaped (so no link, image,
 * emphasis, code or math), pipes cannot end a cell, newlines cannot start a block, and a
 * word joiner breaks autolinks (`http://`, `www.`), @mentions and #issue references.
 */
export function md(value: string, max = 200): string {
  let s = value.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL, '\uFFFD');
  if (s.length > max) s = `${s.slice(0, max - 1)}…`;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}()|~$!]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, `:${WJ}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${WJ}.`)
    .replace(/[@#]/g, (c) => `${c}${WJ}`);
}

function where(f: Finding): string {
  const loc = f.resource.location;
  if (!loc) return md(f.resource.id, 120);
  return md(`${loc.file}${loc.line ? `:${loc.line}` : ''}`, 120);
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const STATUS_ICON: Record<string, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  not_assessed: '❔ not assessed',
  not_applicable: '➖ not applicable',
  manual: '📝 manual',
};

function headline(r: Report): string[] {
  const s = r.summary;
  const verdict = s.failed
    ? `## ❌ phiguard: HIPAA scan failed (${SEVERITIES.filter((x) => s.failures[x]).map((x) => `${s.failures[x]} ${x}`).join(', ')})`
    : '## ✅ phiguard: HIPAA scan passed';
  const scope = r.scan.scope;
  const what = [...scope.paths, ...scope.accounts, ...scope.regions].map((x) => md(x, 80)).join(', ');
  return [
    verdict,
    '',
    `**${s.resources}** resources (${s.phiResources} in PHI scope) · **${s.results.pass}** passed · **${s.results.fail}** failed · **${s.results.not_assessed}** not assessed · **${s.results.suppressed}** suppressed`,
    '',
    `Scope: ${scope.kind}${what ? ` (${what})` : ''} · fail on: ${r.scan.failOn} · phiguard ${md(r.tool.version, 40)}`,
    '',
  ];
}

function hipaa(r: Report): string[] {
  const out = ['### HIPAA Security Rule', ''];
  out.push(
    ...table(
      ['Section', 'Pass', 'Fail', 'Not assessed', 'Manual'],
      r.hipaa.sections.map((s) => [`${s.id} ${s.title}`, String(s.nodes.pass), String(s.nodes.fail), String(s.nodes.not_assessed), String(s.nodes.manual)]),
    ),
    '',
  );
  for (const s of r.hipaa.sections) {
    // Nodes no API can show are counted above; listing each one here would only add noise.
    const nodes = r.hipaa.nodes.filter((n) => n.section === s.id && n.status !== 'manual');
    if (!nodes.length) continue;
    out.push(`#### ${s.id} ${s.title}`, '');
    out.push(
      ...table(
        ['Specification', 'Status', 'Pass', 'Fail', 'Not assessed', 'Suppressed'],
        nodes.map((n) => [
          `${n.id} ${n.title}${n.req ? ` (${n.req === 'R' ? 'required' : 'addressable'})` : ''}`,
          STATUS_ICON[n.status] ?? n.status,
          String(n.counts.pass),
          String(n.counts.fail),
          String(n.counts.not_assessed),
          String(n.counts.suppressed),
        ]),
      ),
      '',
    );
  }
  return out;
}

function notAssessed(r: Report): string[] {
  const open = r.findings.filter((f) => f.status === 'not_assessed' && !f.suppressed);
  if (!open.length) return [];
  const reasons = new Map<string, number>();
  for (const f of open) {
    const k = f.reason ?? f.message;
    reasons.set(k, (reasons.get(k) ?? 0) + 1);
  }
  const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return [
    `### ❔ Not assessed: ${open.length}`,
    '',
    'Missing data is never a pass. Most common reasons:',
    '',
    ...top.map(([reason, n]) => `- ${n} × ${md(reason, 300)}`),
    ...(reasons.size > top.length ? [`- and ${reasons.size - top.length} more reasons`] : []),
    '',
  ];
}

function exceptions(r: Report): string[] {
  if (!r.suppressions.length) return [];
  const MAX = 20;
  const rows = r.suppressions.slice(0, MAX).map((s) => [
    md(s.rule, 80),
    md(s.resource, 80),
    md(s.reason, 200),
    md(s.approvedBy ?? '', 60),
    md(s.expires ?? 'never', 20),
    s.state,
    String(s.matched),
  ]);
  return [
    `### Exceptions: ${r.suppressions.length}`,
    '',
    ...table(['Rule', 'Resource', 'Reason', 'Approved by', 'Expires', 'State', 'Matched'], rows),
    ...(r.suppressions.length > MAX ? ['', `and ${r.suppressions.length - MAX} more`] : []),
    '',
  ];
}

/** Failures by severity, as many rows as `budget` characters allow; the rest are counted. */
function failures(r: Report, budget: number): string[] {
  const open = r.findings.filter((f) => f.status === 'fail' && !f.suppressed);
  if (!open.length) return [];
  const out = [`### ❌ Failures: ${open.length}`, ''];
  let used = out.join('\n').length;
  let shown = 0;
  const bySeverity = new Map<Severity, Finding[]>(SEVERITIES.map((s) => [s, []]));
  for (const f of open) bySeverity.get(f.severity)!.push(f);
  for (const sev of SEVERITIES) {
    const list = bySeverity.get(sev)!;
    if (!list.length) continue;
    const head = [`#### ${sev} (${list.length})`, '', '| Rule | Resource | Location | Fix |', '|---|---|---|---|'];
    const headLen = head.join('\n').length + 1;
    if (used + headLen > budget) break;
    out.push(...head);
    used += headLen;
    let n = 0;
    for (const f of list) {
      const fix = r.rules[f.ruleId]?.remediation.text ?? '';
      const row = `| ${md(f.ruleId, 80)} | ${md(`${f.resource.type} ${f.resource.name}`, 120)}${f.phi ? ' (PHI)' : ''} | ${where(f)} | ${md(fix, 160)} |`;
      if (used + row.length + 1 > budget) break;
      out.push(row);
      used += row.length + 1;
      n++;
    }
    shown += n;
    if (n < list.length) out.push('', `and ${list.length - n} more ${sev} failures`);
    out.push('');
  }
  if (shown < open.length) out.push(`Showing ${shown} of ${open.length} failures; the full list is in the JSON, SARIF or CSV report.`, '');
  return out;
}

/**
 * A pull-request comment: verdict, HIPAA sections, failures by severity with the one-line
 * fix, what could not be assessed and why, and the exceptions in force. Sized to stay under
 * GitHub's comment limit whatever the estate: lists are cut with "and N more".
 */
export function renderMarkdown(report: Report): string {
  const top = headline(report);
  const middle = hipaa(report);
  const tail = [...notAssessed(report), ...exceptions(report)];
  const fixed = [...top, ...middle, ...tail].join('\n').length;
  const body = [...top, ...failures(report, Math.max(0, MARKDOWN_LIMIT - fixed - 200)), ...middle, ...tail];
  return `${body.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
