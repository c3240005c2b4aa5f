import type { Report } from '../model.js';
import { anchor, type Html, html } from './escape.js';
import { plural, reqLabel, where } from './status.js';

/** Long lists stop here in the static part; the findings table and the JSON report hold them all. */
export const LIST_CAP = 500;

function more(n: number, what: string): Html | string {
  return n > 0 ? html`<p class="more">… and ${plural(n, what)} more: use the findings table or the JSON report.</p>` : '';
}

export function notAssessedSection(report: Report): Html {
  const na = report.findings.filter((f) => f.status === 'not_assessed' && !f.suppressed);
  const shown = na.slice(0, LIST_CAP);
  return html`<section id="not-assessed" aria-labelledby="not-assessed-h">
<h2 id="not-assessed-h">Not assessed (${na.length.toLocaleString('en-US')})</h2>
<p>Results that could not be judged, and why. Missing data is never a pass: each of these counts against the specifications it cites.</p>
${
  na.length
    ? html`<table class="data"><caption class="sr-only">Results not assessed, with the reason</caption><thead><tr><th scope="col">Rule</th><th scope="col">Resource</th><th scope="col">Where</th><th scope="col">Why</th></tr></thead>
<tbody>${shown.map((f) => html`<tr><td><code>${f.ruleId}</code></td><td>${f.resource.name}${f.phi ? html` <span class="phi-tag">PHI</span>` : ''}</td><td><code>${where(f)}</code></td><td>${f.reason ?? f.message}</td></tr>`)}</tbody></table>${more(na.length - shown.length, 'result')}`
    : html`<p class="muted">Every result was judged.</p>`
}
</section>`;
}

export function exceptionsSection(report: Report): Html {
  const active = report.suppressions.filter((s) => s.state === 'active');
  const expired = report.suppressions.filter((s) => s.state === 'expired');
  const suppressed = report.findings.filter((f) => f.suppressed);
  const shown = suppressed.slice(0, LIST_CAP);
  const row = (s: (typeof report.suppressions)[number]) =>
    html`<tr><td><code>${s.rule}</code></td><td><code>${s.resource}</code></td><td>${s.reason}</td><td>${s.approvedBy ?? html`<span class="muted">not recorded</span>`}</td><td>${s.expires ?? html`<span class="muted">no expiry</span>`}</td><td>${s.matched}</td></tr>`;
  const head = html`<thead><tr><th scope="col">Rule</th><th scope="col">Resource pattern</th><th scope="col">Reason</th><th scope="col">Approved by</th><th scope="col">Until</th><th scope="col">Results matched</th></tr></thead>`;
  return html`<section id="exceptions" aria-labelledby="exceptions-h">
<h2 id="exceptions-h">Exceptions</h2>
<h3>In force (${active.length})</h3>
${active.length ? html`<table class="data"><caption class="sr-only">Exceptions in force</caption>${head}<tbody>${active.map(row)}</tbody></table>` : html`<p class="muted">No exception is in force.</p>`}
<h3>Expired (${expired.length})</h3>
${expired.length ? html`<p>An expired exception hides nothing: the results it matched count again.</p><table class="data"><caption class="sr-only">Expired exceptions</caption>${head}<tbody>${expired.map(row)}</tbody></table>` : html`<p class="muted">No exception has expired.</p>`}
<h3>Results suppressed (${suppressed.length.toLocaleString('en-US')})</h3>
${
  suppressed.length
    ? html`<table class="data"><caption class="sr-only">Results suppressed by an exception</caption><thead><tr><th scope="col">Rule</th><th scope="col">Resource</th><th scope="col">Status underneath</th><th scope="col">Reason</th><th scope="col">Approved by</th><th scope="col">Until</th></tr></thead>
<tbody>${shown.map((f) => html`<tr><td><code>${f.ruleId}</code></td><td>${f.resource.name}</td><td>${f.status}</td><td>${f.suppressed!.reason}</td><td>${f.suppressed!.approvedBy ?? ''}</td><td>${f.suppressed!.expires ?? ''}</td></tr>`)}</tbody></table>${more(suppressed.length - shown.length, 'result')}`
    : html`<p class="muted">No result is suppressed.</p>`
}
</section>`;
}

/** The specifications no API can show, as a checklist to print and sign. */
export function attestationSection(report: Report): Html {
  const manual = report.hipaa.nodes.filter((n) => n.status === 'manual');
  const bySection = report.hipaa.sections
    .map((s) => ({ s, nodes: manual.filter((n) => n.section === s.id) }))
    .filter((x) => x.nodes.length);
  return html`<section id="attestation" aria-labelledby="attestation-h">
<h2 id="attestation-h">Attestation checklist (${manual.length})</h2>
<p>No automated check can show these standards and specifications (workforce training, contingency plan testing, business associate agreements…). Each needs a person to attest it with a reference to the evidence. They are never counted as passed.</p>
${bySection.map(
  ({ s, nodes }) => html`<h3>${s.id} ${s.title}</h3><ol class="attest">${nodes.map(
    (n) => html`<li class="attest-item" id="${anchor('attest', n.id)}"><div class="attest-title"><span class="box" aria-hidden="true">☐</span> <strong>${n.id}</strong> ${n.title} <span class="req">${reqLabel(n.req)}</span></div>
<div class="attest-lines"><span>Attested by <span class="blank"></span></span><span>Date <span class="blank short"></span></span><span>Evidence reference <span class="blank"></span></span></div></li>`,
  )}</ol>`,
)}
</section>`;
}

export function problemsSection(report: Report): Html {
  const shown = report.problems.slice(0, LIST_CAP);
  return html`<section id="problems" aria-labelledby="problems-h">
<h2 id="problems-h">Input and collection problems (${report.problems.length.toLocaleString('en-US')})</h2>
${
  report.problems.length
    ? html`<p>Inputs that could not be read and calls that did not succeed. What they would have shown is not assessed, never assumed.</p><table class="data"><caption class="sr-only">Input and collection problems</caption><thead><tr><th scope="col">Source</th><th scope="col">Line</th><th scope="col">Problem</th></tr></thead><tbody>${shown.map((p) => html`<tr><td><code>${p.source}</code></td><td>${p.line ?? ''}</td><td>${p.message}</td></tr>`)}</tbody></table>${more(report.problems.length - shown.length, 'problem')}`
    : html`<p class="muted">Every input was read and every call succeeded.</p>`
}
</section>`;
}

export function coverageSection(report: Report): Html {
  const incomplete = report.coverage.filter((c) => !c.complete).length;
  return html`<section id="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">Coverage</h2>
${
  report.coverage.length
    ? html`<p>What live collection listed of each resource type per account: ${plural(report.coverage.length - incomplete, 'listing')} complete, ${incomplete} incomplete.</p><table class="data"><caption class="sr-only">Coverage of live collection</caption><thead><tr><th scope="col">Provider</th><th scope="col">Account</th><th scope="col">Resource type</th><th scope="col">Complete</th><th scope="col">Why not</th></tr></thead><tbody>${report.coverage.map((c) => html`<tr><td>${c.provider}</td><td><code>${c.account}</code></td><td><code>${c.type}</code></td><td>${c.complete ? '✓ yes' : '✗ no'}</td><td>${c.reasons.join('; ')}</td></tr>`)}</tbody></table>`
    : html`<p class="muted">No coverage records: ${report.scan.scope.kind === 'iac' ? 'infrastructure as code describes only the resources in the scanned files.' : 'collection recorded none.'}</p>`
}
</section>`;
}
