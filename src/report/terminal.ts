import type { Finding } from '../engine/finding.js';
import { SEVERITIES } from '../rules/types.js';
import { terminalLine } from './escape.js';
import { formatValue } from './format-value.js';
import type { Report } from './model.js';

export interface TerminalOptions {
  color: boolean;
  /** Most failures listed before "and N more"; the JSON report always has all. */
  maxItems?: number;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90, bold: 1, dim: 2 } as const;

function painter(enabled: boolean) {
  return (style: keyof typeof CODES, s: string) => (enabled ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
}

function where(f: Finding): string {
  const loc = f.resource.location;
  if (loc) return `${loc.file}${loc.line ? `:${loc.line}` : ''} (${loc.address})`;
  const acct = typeof f.resource.account === 'string' ? f.resource.account : '?';
  const region = typeof f.resource.region === 'string' ? f.resource.region : 'global';
  return `${acct}/${region}`;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string | number, n: number) => String(s).padStart(n);

/** The human summary: HIPAA sections first, then what to fix by severity, then what could not be seen. */
export function renderTerminal(report: Report, opts: TerminalOptions): string {
  const c = painter(opts.color);
  const max = opts.maxItems ?? 50;
  const lines: string[] = [];
  const { scope } = report.scan;
  const target =
    scope.kind === 'iac'
      ? `infrastructure as code: ${scope.paths.join(', ')}`
      : scope.kind === 'aws'
        ? scope.accounts.length > 3
          ? `${scope.accounts.length} AWS accounts (${scope.regions.length} regions)`
          : `AWS account ${scope.accounts.join(', ') || '?'} (${scope.regions.length} regions)`
        : scope.kind === 'azure'
          ? scope.accounts.length > 3
            ? `${scope.accounts.length} Azure subscriptions`
            : `Azure subscription ${scope.accounts.join(', ') || '?'}`
          : `inventory ${scope.paths.join(', ')}`;
  const r = report.summary.results;
  lines.push(c('bold', `phiguard ${report.tool.version}`) + ` · ${terminalLine(target)}`);
  lines.push(
    `${report.summary.resources} resources (${report.summary.phiResources} in PHI scope), ${report.tool.rules} rules: ` +
      `${c('green', `${r.pass} passed`)}, ${c('red', `${r.fail} failed`)}, ${c('yellow', `${r.not_assessed} not assessed`)}, ` +
      `${r.suppressed} suppressed`,
  );
  lines.push('');

  const w = Math.max(38, ...report.hipaa.sections.map((s) => s.id.length + s.title.length + 3));
  lines.push(c('bold', `${pad('HIPAA Security Rule (45 CFR Part 164)', w)}${lpad('pass', 6)}${lpad('fail', 6)}${lpad('not assessed', 14)}${lpad('manual', 8)}`));
  for (const s of report.hipaa.sections) {
    const n = s.nodes;
    lines.push(
      `${pad(`${s.id} ${s.title}`, w)}${c('green', lpad(n.pass, 6))}${(n.fail ? (x: string) => c('red', x) : (x: string) => x)(lpad(n.fail, 6))}` +
        `${lpad(n.not_assessed, 14)}${c('gray', lpad(n.manual, 8))}`,
    );
  }
  lines.push(c('dim', 'Counts are standards and implementation specifications. Manual ones no API can show: attest them.'));
  const failing = report.hipaa.nodes.filter((n) => n.status === 'fail');
  if (failing.length) {
    lines.push('');
    lines.push(c('bold', 'Failing specifications'));
    for (const n of failing) {
      lines.push(`  ${c('red', '✗')} ${n.id} ${n.title}${n.req ? ` (${n.req === 'R' ? 'required' : 'addressable'})` : ''} — ${n.counts.fail} failed`);
    }
  }

  const failures = report.findings.filter((f) => f.status === 'fail' && !f.suppressed);
  let shown = 0;
  for (const sev of SEVERITIES) {
    const list = failures.filter((f) => f.severity === sev);
    if (!list.length) continue;
    lines.push('');
    lines.push(c('bold', `${sev.toUpperCase()} (${list.length})`));
    for (const f of list) {
      if (shown >= max) break;
      shown++;
      const rule = report.rules[f.ruleId];
      lines.push(`  ${c('red', '✗')} ${c('bold', f.ruleId)}  ${terminalLine(f.title)}`);
      lines.push(`    resource  ${terminalLine(`${f.resource.type} ${f.resource.name}`)}  ${c('cyan', terminalLine(where(f)))}${f.phi ? c('magenta', '  [PHI]') : ''}`);
      lines.push(`    found     ${terminalLine(f.message)}`);
      for (const e of f.evidence.slice(0, 3)) lines.push(c('gray', `              ${terminalLine(e.path)} = ${terminalLine(formatValue(e.value))}`));
      if (rule) lines.push(`    fix       ${terminalLine(rule.remediation.text)}  ${c('dim', `(phiguard explain ${f.ruleId})`)}`);
      lines.push(`    hipaa     ${f.hipaa.join(', ')}`);
    }
  }
  if (failures.length > shown) lines.push(c('dim', `  … and ${failures.length - shown} more failures: use --format json for all of them`));

  const na = report.findings.filter((f) => f.status === 'not_assessed' && !f.suppressed);
  if (na.length) {
    lines.push('');
    lines.push(c('bold', c('yellow', `NOT ASSESSED (${na.length}) — missing data is never a pass`)));
    for (const f of na.slice(0, max)) {
      lines.push(`  ${c('yellow', '?')} ${f.ruleId}  ${terminalLine(f.resource.name)}  ${c('cyan', terminalLine(where(f)))}`);
      lines.push(c('gray', `      ${terminalLine(f.reason ?? f.message)}`));
    }
    if (na.length > max) lines.push(c('dim', `  … and ${na.length - max} more`));
  }

  const suppressed = report.findings.filter((f) => f.suppressed);
  const expired = report.suppressions.filter((s) => s.state === 'expired');
  if (suppressed.length || expired.length) {
    lines.push('');
    lines.push(c('bold', `EXCEPTIONS (${suppressed.length} results suppressed)`));
    for (const f of suppressed.slice(0, max)) {
      const s = f.suppressed!;
      lines.push(`  ${c('gray', '~')} ${f.ruleId}  ${terminalLine(f.resource.name)}: ${terminalLine(s.reason)}${s.expires ? ` (until ${s.expires})` : ''}${s.approvedBy ? ` — ${terminalLine(s.approvedBy)}` : ''}`);
    }
    for (const s of expired) {
      lines.push(`  ${c('red', '!')} expired ${s.expires}: ${s.rule} on ${terminalLine(s.resource)} — its ${s.matched} result(s) count again`);
    }
  }

  if (report.problems.length) {
    lines.push('');
    lines.push(c('bold', c('yellow', `INPUT AND COLLECTION PROBLEMS (${report.problems.length})`)));
    for (const p of report.problems.slice(0, max)) {
      lines.push(`  ${c('yellow', '!')} ${terminalLine(p.source)}${p.line ? `:${p.line}` : ''}: ${terminalLine(p.message)}`);
    }
    if (report.problems.length > max) lines.push(c('dim', `  … and ${report.problems.length - max} more`));
  }

  if (report.collection?.length) {
    const accounts = report.collection;
    const failedAccounts = accounts.filter((a) => a.status === 'failed').length;
    const missing = (a: (typeof accounts)[number]) => a.services.flatMap((s) => s.missing.map((m) => ({ service: s.service, ...m })));
    const partial = accounts.filter((a) => a.status === 'scanned' && missing(a).length).length;
    lines.push('');
    lines.push(
      c('bold', `COLLECTION (${accounts.length} account(s): ${accounts.length - failedAccounts - partial} complete, ${partial} partial, ${failedAccounts} not scanned)`),
    );
    let listed = 0;
    for (const a of accounts) {
      const who = terminalLine(`${a.account}${a.name ? ` ${a.name}` : ''}`);
      if (a.status === 'failed') {
        lines.push(`  ${c('red', '✗')} ${who}  not scanned: ${terminalLine(a.reason ?? 'unknown reason')}`);
        continue;
      }
      const found = a.services.reduce((n, s) => n + Object.values(s.resources).reduce((x, y) => x + y, 0), 0);
      const gaps = missing(a);
      const skipped = a.disabledRegions.length ? ` (${a.disabledRegions.length} opt-in region(s) not enabled, not scanned)` : '';
      lines.push(
        `  ${gaps.length ? c('yellow', '!') : c('green', '✓')} ${who}  ${a.regions.length} region(s)${skipped} · ${found} resources · ${a.calls} calls` +
          `${a.failedCalls ? `, ${a.failedCalls} failed` : ''}${gaps.length ? ` · ${gaps.length} listing(s) incomplete` : ''}`,
      );
      if (a.reason) lines.push(c('gray', `      ${terminalLine(a.reason)}`));
      for (const g of gaps) {
        if (listed++ >= max) break;
        lines.push(c('gray', `      ${terminalLine(`${g.service} ${g.region} ${g.type}: ${g.status} — ${g.reason}`)}`));
      }
    }
    if (listed > max) lines.push(c('dim', `  … and more incomplete listings: use --format json for all of them`));
  }

  lines.push('');
  const failOn = report.scan.failOn;
  if (failOn === 'none') {
    lines.push(c('bold', `${r.fail} failure(s); --fail-on none: exit code does not depend on them`));
  } else {
    const atOrAbove = SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
    const blocking = atOrAbove.reduce((n, s) => n + report.summary.failures[s], 0);
    lines.push(
      report.summary.failed
        ? c('red', c('bold', `FAIL: ${blocking} failure(s) at or above ${failOn} (--fail-on ${failOn})`))
        : c('green', c('bold', `OK: no unsuppressed failure at or above ${failOn}`)),
    );
  }
  return `${lines.join('\n')}\n`;
}
