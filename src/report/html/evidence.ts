import type { Finding } from '../../engine/finding.js';
import type { ReportRule } from '../model.js';
import { formatValue } from '../format-value.js';
import { type Html, html } from './escape.js';

/** Evidence as `path = value`; an unknown value reads "unknown (reason)", never a default. */
export function evidenceList(f: Finding): Html {
  if (!f.evidence.length) return html`<span class="muted">no evidence recorded</span>`;
  return html`<ul class="evidence">${f.evidence.map((e) => html`<li><code>${e.path}</code> = <code>${formatValue(e.value, 400)}</code></li>`)}</ul>`;
}

export function fixBlock(rule: ReportRule | undefined): Html {
  if (!rule) return html`<p class="muted">No rule metadata in this report.</p>`;
  const r = rule.remediation;
  const snippet = (label: string, code: string | undefined) =>
    code ? html`<div class="snippet"><div class="snippet-h">${label}</div><pre><code>${code}</code></pre></div>` : '';
  return html`<div class="fix"><h4 class="fix-h">Fix</h4><p>${r.text}</p>${snippet('AWS CLI', r.cli)}${snippet('Terraform', r.terraform)}${snippet('CloudFormation', r.cloudformation)}${snippet('Console', r.console)}</div>`;
}
