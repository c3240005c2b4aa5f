import type { HipaaSectionResult, NodeStatus } from '../../frameworks/hipaa/rollup.js';
import { SEVERITIES, type Severity } from '../../rules/types.js';
import { type Html, html } from './escape.js';
import { STATUS_LABEL } from './status.js';

/** The chart's order: worst first, manual last (never counted as passed). */
const SEGMENTS: readonly NodeStatus[] = ['fail', 'not_assessed', 'pass', 'not_applicable', 'manual'];

const BAR_X = 260;
const BAR_W = 520;
const ROW_H = 34;

/**
 * Posture per HIPAA section as stacked bars of standards and specifications. The numbers are
 * also in the table after it, which is what a screen reader and a printout rely on.
 */
export function postureChart(sections: readonly HipaaSectionResult[]): Html {
  const height = sections.length * ROW_H + 40;
  const rows = sections.map((s, i) => {
    const total = SEGMENTS.reduce((n, k) => n + s.nodes[k], 0);
    const y = 10 + i * ROW_H;
    let x = BAR_X;
    const segs = SEGMENTS.filter((k) => s.nodes[k] > 0).map((k) => {
      const w = total ? (s.nodes[k] / total) * BAR_W : 0;
      const seg = html`<rect class="seg-${k}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="22" data-status="${k}" data-count="${s.nodes[k]}"><title>${s.id} ${STATUS_LABEL[k].text}: ${s.nodes[k]}</title></rect>${
        w >= 26 ? html`<text class="seg-label" x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle">${s.nodes[k]}</text>` : ''
      }`;
      x += w;
      return seg;
    });
    return html`<g data-section="${s.id}"><text x="0" y="${y + 15}" class="axis">${s.id} ${shorten(s.title, 30)}</text>${segs}</g>`;
  });
  const legendY = sections.length * ROW_H + 28;
  // Label widths estimated from their length: no font metrics without a browser.
  let lx = 0;
  const legend = SEGMENTS.map((k) => {
    const label = `${STATUS_LABEL[k].symbol} ${STATUS_LABEL[k].text}`;
    const g = html`<g transform="translate(${lx},${legendY - 10})"><rect class="seg-${k}" width="12" height="12"/><text x="16" y="11" class="axis">${label}</text></g>`;
    lx += 16 + label.length * 7.6 + 22;
    return g;
  });
  return html`<svg class="chart" viewBox="0 0 800 ${height}" role="img" aria-labelledby="posture-title"><title id="posture-title">Standards and specifications by status, per HIPAA section (numbers in the table below)</title>${rows}${legend}</svg>`;
}

function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function postureTable(sections: readonly HipaaSectionResult[]): Html {
  const body = sections.map(
    (s) =>
      html`<tr data-section="${s.id}"><th scope="row">${s.id} ${s.title}</th>${SEGMENTS.map((k) => html`<td data-status="${k}">${s.nodes[k]}</td>`)}<td>${s.results.fail}</td><td>${s.results.not_assessed}</td><td>${s.results.pass}</td><td>${s.results.suppressed}</td></tr>`,
  );
  return html`<table class="data posture">
<caption>Standards and implementation specifications per section, and the rule results citing each section</caption>
<thead><tr><th scope="col" rowspan="2">Section</th><th scope="colgroup" colspan="5">Specifications and standards</th><th scope="colgroup" colspan="4">Rule results</th></tr>
<tr>${SEGMENTS.map((k) => html`<th scope="col">${STATUS_LABEL[k].text}</th>`)}<th scope="col">Fail</th><th scope="col">Not assessed</th><th scope="col">Pass</th><th scope="col">Suppressed</th></tr></thead>
<tbody>${body}</tbody></table>`;
}

/** Unsuppressed failures by severity, as bars with their numbers written beside them. */
export function severityChart(failures: Record<Severity, number>): Html {
  const max = Math.max(1, ...SEVERITIES.map((s) => failures[s]));
  const rows = SEVERITIES.map((s, i) => {
    const y = 6 + i * 28;
    const w = (failures[s] / max) * 400;
    return html`<g data-severity="${s}"><text x="0" y="${y + 14}" class="axis">${s}</text><rect class="sev-${s}" x="90" y="${y}" width="${w.toFixed(1)}" height="18"/><text x="${(96 + w).toFixed(1)}" y="${y + 14}" class="axis">${failures[s]}</text></g>`;
  });
  return html`<svg class="chart sev" viewBox="0 0 560 ${SEVERITIES.length * 28 + 10}" role="img" aria-labelledby="sev-title"><title id="sev-title">Unsuppressed failures by severity: ${SEVERITIES.map((s) => `${s} ${failures[s]}`).join(', ')}</title>${rows}</svg>`;
}
