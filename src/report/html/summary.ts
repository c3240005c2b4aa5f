import { SEVERITIES } from '../../rules/types.js';
import type { Report } from '../model.js';
import { postureChart, postureTable, severityChart } from './chart.js';
import { type Html, html } from './escape.js';
import { plural } from './status.js';

/** The verdict a reader needs first: does this run fail its threshold, and by how much. */
function verdict(report: Report): Html {
  const { failOn } = report.scan;
  const r = report.summary.results;
  if (failOn === 'none') {
    return html`<p class="verdict neutral"><strong>${plural(r.fail, 'failure')}</strong>; the threshold is off (--fail-on none).</p>`;
  }
  const atOrAbove = SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
  const blocking = atOrAbove.reduce((n, s) => n + report.summary.failures[s], 0);
  return report.summary.failed
    ? html`<p class="verdict bad"><strong><span aria-hidden="true">✗</span> FAIL:</strong> ${plural(blocking, 'unsuppressed failure')} at or above <em>${failOn}</em> severity.</p>`
    : html`<p class="verdict good"><strong><span aria-hidden="true">✓</span> OK:</strong> no unsuppressed failure at or above <em>${failOn}</em> severity.</p>`;
}

function card(label: string, value: number, cls: string, note?: string): Html {
  return html`<div class="card stat ${cls}"><div class="num" data-count="${cls}">${value.toLocaleString('en-US')}</div><div class="label">${label}</div>${note ? html`<div class="note">${note}</div>` : ''}</div>`;
}

export function summarySection(report: Report): Html {
  const s = report.summary;
  const nodes = report.hipaa.nodes;
  const count = (st: string) => nodes.filter((n) => n.status === st).length;
  return html`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Executive summary</h2>
${verdict(report)}
<div class="cards">
${card('Resources scanned', s.resources, 'resources', `${s.phiResources.toLocaleString('en-US')} in PHI scope`)}
${card('Failed results', s.results.fail, 'fail')}
${card('Not assessed', s.results.not_assessed, 'not_assessed', 'missing data is never a pass')}
${card('Passed results', s.results.pass, 'pass')}
${card('Suppressed by exception', s.results.suppressed, 'suppressed')}
</div>
<div class="cards">
${card('Failing specifications', count('fail'), 'spec-fail')}
${card('Specifications not assessed', count('not_assessed'), 'spec-na')}
${card('Passing specifications', count('pass'), 'spec-pass')}
${card('Manual (attest)', count('manual'), 'spec-manual', 'no API can show these')}
</div>
<h3>Posture by HIPAA section</h3>
<figure class="card">${postureChart(report.hipaa.sections)}<figcaption>Standards and implementation specifications of 45 CFR 164.308–164.316 by status. Manual ones are never counted as passed.</figcaption></figure>
${postureTable(report.hipaa.sections)}
<h3>Failures by severity</h3>
<figure class="card">${severityChart(s.failures)}<figcaption>Unsuppressed failed results; threshold for failing the run: ${report.scan.failOn}.</figcaption></figure>
<table class="data severities"><caption>Unsuppressed failures by severity</caption><thead><tr>${SEVERITIES.map((sev) => html`<th scope="col">${sev}</th>`)}</tr></thead><tbody><tr>${SEVERITIES.map((sev) => html`<td data-severity="${sev}">${s.failures[sev]}</td>`)}</tr></tbody></table>
</section>`;
}

function duration(a: string, b: string): string {
  const ms = Date.parse(b) - Date.parse(a);
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'unknown';
}

export function scopeSection(report: Report): Html {
  const { scope } = report.scan;
  const list = (xs: readonly string[], none: string) => (xs.length ? html`<ul class="plain">${xs.map((x) => html`<li><code>${x}</code></li>`)}</ul>` : html`<span class="muted">${none}</span>`);
  const kind = { aws: 'Live AWS accounts', azure: 'Live Azure subscriptions', iac: 'Infrastructure as code', inventory: 'Saved inventory' }[scope.kind] ?? scope.kind;
  return html`<section id="scope" aria-labelledby="scope-h">
<h2 id="scope-h">Scope of this scan</h2>
<dl class="scope card">
<dt>Source</dt><dd>${kind}</dd>
<dt>Accounts</dt><dd>${list(scope.accounts, 'none (not a live scan)')}</dd>
<dt>Regions</dt><dd>${list(scope.regions, 'none (not a live scan)')}</dd>
<dt>Paths</dt><dd>${list(scope.paths, 'none')}</dd>
<dt>Run by</dt><dd>${scope.identity ? html`<code>${scope.identity}</code>` : html`<span class="muted">not recorded (identities are known for live scans only)</span>`}</dd>
<dt>Started</dt><dd><time datetime="${report.scan.startedAt}">${report.scan.startedAt}</time></dd>
<dt>Finished</dt><dd><time datetime="${report.scan.finishedAt}">${report.scan.finishedAt}</time> (${duration(report.scan.startedAt, report.scan.finishedAt)})</dd>
<dt>Tool</dt><dd>${report.tool.name} ${report.tool.version}, ${report.tool.rules} rules, report schema ${report.schemaVersion}</dd>
<dt>Fails on</dt><dd>${report.scan.failOn === 'none' ? 'never (--fail-on none)' : `${report.scan.failOn} severity and above`}</dd>
<dt>PHI only</dt><dd>${report.scan.phiOnly ? 'yes: only resources in PHI scope were judged' : 'no: every resource was judged'}</dd>
</dl>
</section>`;
}
