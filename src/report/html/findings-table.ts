import type { Finding } from '../../engine/finding.js';
import { SEVERITIES } from '../../rules/types.js';
import { formatValue } from '../format-value.js';
import type { Report } from '../model.js';
import { type Html, html, jsonForScript, trusted } from './escape.js';
import { findingStatus, STATUS_LABEL, where } from './status.js';

/** Rows per page of the findings table: the DOM never holds more than this many. */
export const PAGE_SIZE = 100;

/**
 * The findings as the table's script reads them. Every string is stored once in `s` and rows
 * hold indices into it: a real estate repeats rule ids, titles, messages and types across
 * thousands of resources, so this keeps a 100,000-finding report to a few megabytes.
 * Row: [status, severity, rule, name, type, where, message, hipaa, evidence, phi, id].
 */
export interface FindingsData {
  s: string[];
  rows: number[][];
}

export function findingsData(findings: readonly Finding[]): FindingsData {
  const s: string[] = [];
  const index = new Map<string, number>();
  const i = (v: string) => {
    let n = index.get(v);
    if (n === undefined) {
      n = s.length;
      s.push(v);
      index.set(v, n);
    }
    return n;
  };
  const rows = findings.map((f) => [
    i(findingStatus(f)),
    i(f.severity),
    i(f.ruleId),
    i(f.resource.name),
    i(f.resource.type),
    i(where(f)),
    i(f.reason ? `${f.message} (${f.reason})` : f.message),
    i(f.hipaa.join(', ')),
    i(f.evidence.map((e) => `${e.path} = ${formatValue(e.value)}`).join('; ')),
    f.phi ? 1 : 0,
    i(f.id),
  ]);
  return { s, rows };
}

export function findingsSection(report: Report): Html {
  const rules = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const statuses = ['fail', 'not_assessed', 'pass', 'suppressed'] as const;
  return html`<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">All findings (${report.findings.length.toLocaleString('en-US')})</h2>
<p class="screen-only">Every result, passes included. Filter and search; the table shows ${PAGE_SIZE} rows at a time.</p>
<form class="controls" role="search" aria-label="Filter findings" id="f-form">
<div class="ctl"><label for="f-q">Search rule, resource or message</label><input id="f-q" type="search" autocomplete="off" spellcheck="false"></div>
<div class="ctl"><label for="f-status">Status</label><select id="f-status"><option value="">All statuses</option>${statuses.map((st) => html`<option value="${st}">${STATUS_LABEL[st].text}</option>`)}</select></div>
<div class="ctl"><label for="f-sev">Severity</label><select id="f-sev"><option value="">All severities</option>${SEVERITIES.map((sev) => html`<option value="${sev}">${sev}</option>`)}</select></div>
<div class="ctl"><label for="f-rule">Rule</label><select id="f-rule"><option value="">All rules</option>${rules.map((r) => html`<option value="${r}">${r}</option>`)}</select></div>
<div class="ctl check"><input id="f-phi" type="checkbox"><label for="f-phi">PHI only</label></div>
</form>
<p id="f-count" class="count" role="status" aria-live="polite">${report.findings.length.toLocaleString('en-US')} findings.</p>
<p class="print-only">The full list of ${report.findings.length.toLocaleString('en-US')} findings is not printed: failing and not-assessed results are listed, with their evidence, under each HIPAA section above (up to 25 resources per rule), and the interactive HTML report and the JSON report hold every one.</p>
<noscript><p class="muted">The findings table needs JavaScript. Failures and results not assessed are listed under each HIPAA section above; the JSON report holds every finding.</p></noscript>
<div class="table-wrap"><table class="data findings" id="findings-table">
<caption class="sr-only">Findings matching the filters, one page at a time</caption>
<colgroup><col class="c-status"><col class="c-sev"><col class="c-rule"><col class="c-res"><col class="c-msg"><col class="c-ev"><col class="c-hipaa"></colgroup>
<thead><tr><th scope="col">Status</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Resource</th><th scope="col">Message</th><th scope="col">Evidence</th><th scope="col">HIPAA</th></tr></thead>
<tbody id="f-body"></tbody></table></div>
<nav class="pager" aria-label="Findings pages"><button type="button" id="f-prev">Previous page</button> <span id="f-page"></span> <button type="button" id="f-next">Next page</button></nav>
<script type="application/json" id="findings-data">${trusted(jsonForScript(findingsData(report.findings)))}</script>
</section>`;
}
