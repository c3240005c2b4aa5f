import type { Finding } from '../../engine/finding.js';
import type { HipaaNodeResult } from '../../frameworks/hipaa/rollup.js';
import type { Report } from '../model.js';
import { anchor, type Html, html } from './escape.js';
import { evidenceList, fixBlock } from './evidence.js';
import { badge, findingStatus, plural, reqLabel, where } from './status.js';

/** Resources listed per rule in the drill-down; the findings table holds every one of them. */
export const RESOURCES_PER_RULE = 25;

function resourceRows(list: readonly Finding[]): Html {
  const shown = list.slice(0, RESOURCES_PER_RULE);
  const more = list.length - shown.length;
  return html`<table class="data resources"><caption class="sr-only">Resources judged by this rule</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Resource</th><th scope="col">Finding</th><th scope="col">Evidence</th></tr></thead>
<tbody>${shown.map(
    (f) => html`<tr><td>${badge(findingStatus(f))}${f.suppressed ? html`<div class="small">underneath: ${f.status}</div>` : ''}</td><td><div class="res-name">${f.resource.name}</div><div class="small"><code>${f.resource.type}</code>${f.phi ? html` <span class="phi-tag">PHI</span>` : ''}</div><div class="small"><code>${where(f)}</code></div></td><td>${f.message}${f.reason ? html`<div class="small">Why not assessed: ${f.reason}</div>` : ''}${f.suppressed ? html`<div class="small">Exception: ${f.suppressed.reason}${f.suppressed.approvedBy ? ` — approved by ${f.suppressed.approvedBy}` : ''}${f.suppressed.expires ? `, until ${f.suppressed.expires}` : ''}</div>` : ''}</td><td>${evidenceList(f)}</td></tr>`,
  )}</tbody></table>${more > 0 ? html`<p class="more">… and ${plural(more, 'more resource')}: filter the findings table by rule to see them all.</p>` : ''}`;
}

function tally(list: readonly Finding[]) {
  const t = { fail: 0, not_assessed: 0, pass: 0, suppressed: 0 };
  for (const f of list) t[f.suppressed ? 'suppressed' : f.status]++;
  return t;
}

/** One rule under one specification: its counts, resources and fix. The body is shared by every specification the rule cites. */
function ruleBlock(report: Report, ruleId: string, node: HipaaNodeResult, list: readonly Finding[], body: Html, firstAt: string | undefined): Html {
  const rule = report.rules[ruleId];
  const t = tally(list);
  const status = t.fail ? 'fail' : t.not_assessed ? 'not_assessed' : t.pass || t.suppressed ? 'pass' : 'not_applicable';
  // A rule citing several specifications is printed in full only under the first of them.
  const repeat = firstAt !== undefined && firstAt !== node.id;
  return html`<details class="rule${repeat ? ' repeat' : ''}" id="${anchor(`rule-${node.id}`, ruleId)}"><summary>${badge(status)} <code>${ruleId}</code> ${rule?.title ?? ''} <span class="small">(${rule?.severity ?? 'unknown'} · ${t.fail} fail, ${t.not_assessed} not assessed, ${t.pass} pass, ${t.suppressed} suppressed)</span></summary>
${repeat ? html`<p class="print-only">Resources, evidence and fix: under <a href="#${anchor(`rule-${firstAt}`, ruleId)}">${firstAt}</a>.</p>` : ''}<div class="rule-body">${list.length ? body : html`<p class="muted">No resource in scope for this rule.</p>`}</div></details>`;
}

function nodeBlock(report: Report, node: HipaaNodeResult, byRule: Map<string, Finding[]>, bodies: Map<string, Html>, firstAt: Map<string, string>): Html {
  const c = node.counts;
  const note =
    node.status === 'manual'
      ? html`<p class="muted">No API can show this ${node.kind === 'spec' ? 'specification' : 'standard'}: attest it in the <a href="#attestation">attestation checklist</a>. It is never counted as passed.</p>`
      : node.status === 'not_applicable'
        ? html`<p class="muted">Rules cite it, but nothing in scope was judged by them.</p>`
        : '';
  const rules = node.rules.map((id) => {
    if (!bodies.has(id)) {
      const rule = report.rules[id];
      bodies.set(id, html`${rule ? html`<p class="rationale">${rule.rationale}</p>` : ''}${resourceRows(byRule.get(id) ?? [])}${fixBlock(rule)}`);
    }
    if (!firstAt.has(id)) firstAt.set(id, node.id);
    return ruleBlock(report, id, node, byRule.get(id) ?? [], bodies.get(id)!, firstAt.get(id));
  });
  return html`<details class="node card st-border-${node.status}" id="${anchor('spec', node.id)}" data-status="${node.status}"><summary>${badge(node.status)} <strong>${node.id}</strong> ${node.title} <span class="req">${reqLabel(node.req)}</span>${node.rules.length ? html` <span class="small">${c.fail} fail · ${c.not_assessed} not assessed · ${c.pass} pass · ${c.suppressed} suppressed</span>` : ''}</summary>
${note}${rules}</details>`;
}

export function drillDownSection(report: Report): Html {
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const bodies = new Map<string, Html>();
  const firstAt = new Map<string, string>();
  const sections = report.hipaa.sections.map((s) => {
    const nodes = report.hipaa.nodes.filter((n) => n.section === s.id);
    return html`<section class="hipaa-section" id="${anchor('section', s.id)}" aria-labelledby="${anchor('section-h', s.id)}">
<h3 id="${anchor('section-h', s.id)}">${s.id} ${s.title}</h3>
<p class="small">${s.nodes.fail} failing · ${s.nodes.not_assessed} not assessed · ${s.nodes.pass} passing · ${s.nodes.not_applicable} not applicable · ${s.nodes.manual} manual</p>
${nodes.map((n) => nodeBlock(report, n, byRule, bodies, firstAt))}
</section>`;
  });
  return html`<section id="drilldown" aria-labelledby="drilldown-h">
<h2 id="drilldown-h">HIPAA Security Rule, section by section</h2>
<p>Each standard and implementation specification with its status, the rules that cite it, the resources they judged with the evidence observed, and the fix. Open a line to see its detail.</p>
${sections}
</section>`;
}
