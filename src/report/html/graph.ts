import type { GraphEdge, GraphNode, Report } from '../model.js';
import { type Html, html } from './escape.js';
import { plural } from './status.js';

/** More boxes than this per column stop being legible; the rest are counted, not drawn. */
export const MAX_PER_COLUMN = 20;

const COL_X = [10, 260, 510, 760] as const;
const BOX_W = 220;
const BOX_H = 50;
const ROW_H = 66;
const TOP = 40;

const COLUMN_TITLES = ['Encryption keys', 'PHI data and neighbours', 'Log destinations', 'Audit trails'] as const;

/** Edge kinds differ by dash pattern as well as by name, so the legend works without colour. */
const EDGE_DASH: Record<string, string> = { 'encrypted-by': '', 'logs-to': '7 4', 'delivers-to': '2 3', 'streams-to': '9 3 2 3', records: '1 3' };

export interface PlacedNode {
  node: GraphNode;
  col: number;
  row: number;
  failing: number;
}

export interface GraphLayout {
  placed: PlacedNode[];
  edges: GraphEdge[];
  hiddenNodes: number;
  hiddenEdges: number;
  rows: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Which column a node belongs in: PHI stores in the middle, keys left, log sinks and trails right. */
function columnOf(n: GraphNode, targetKinds: Set<string> | undefined): number {
  if (n.phi) return 1;
  if (n.type.endsWith('::KMS::Key') || n.type.endsWith('::KMS::Alias') || targetKinds?.has('encrypted-by')) return 0;
  if (n.type.endsWith('::CloudTrail::Trail')) return 3;
  if (n.type.endsWith('::Logs::LogGroup') || targetKinds?.has('logs-to') || targetKinds?.has('delivers-to') || targetKinds?.has('streams-to')) return 2;
  return 1;
}

/** Failing (unsuppressed) results per resource, keyed like graph nodes are matched. */
export function failingByResource(report: Report): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of report.findings) {
    if (f.status !== 'fail' || f.suppressed) continue;
    const k = `${f.resource.provider}|${f.resource.type}|${f.resource.id}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/**
 * A deterministic layered layout: the middle column first (PHI first, then most failing,
 * then by name), then each side column ordered by the mean row of its neighbours already
 * placed (the barycentre heuristic), which keeps most edges short and uncrossed.
 */
export function layoutGraph(report: Report): GraphLayout {
  const { nodes, edges } = report.graph;
  const failing = failingByResource(report);
  const fail = (n: GraphNode) => failing.get(`${n.provider}|${n.type}|${n.id}`) ?? 0;
  const targetKinds = new Map<string, Set<string>>();
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    const s = targetKinds.get(e.to) ?? new Set<string>();
    s.add(e.kind);
    targetKinds.set(e.to, s);
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const cols: GraphNode[][] = [[], [], [], []];
  for (const n of nodes) cols[columnOf(n, targetKinds.get(n.key))]!.push(n);

  const rowOf = new Map<string, number>();
  const byName = (a: GraphNode, b: GraphNode) => cmp(a.name, b.name) || cmp(a.key, b.key);
  const place = (list: GraphNode[]) => {
    const shown = list.slice(0, MAX_PER_COLUMN);
    shown.forEach((n, i) => rowOf.set(n.key, i));
    return shown;
  };
  const middle = place(cols[1]!.sort((a, b) => Number(b.phi) - Number(a.phi) || fail(b) - fail(a) || byName(a, b)));
  const bary = (n: GraphNode) => {
    const rows = (neighbours.get(n.key) ?? []).map((k) => rowOf.get(k)).filter((r): r is number => r !== undefined);
    return rows.length ? rows.reduce((x, y) => x + y, 0) / rows.length : Number.POSITIVE_INFINITY;
  };
  const side = (list: GraphNode[]) => {
    const keyed = list.map((n) => ({ n, b: bary(n) }));
    keyed.sort((a, b) => (a.b === b.b ? 0 : a.b < b.b ? -1 : 1) || byName(a.n, b.n));
    return place(keyed.map((x) => x.n));
  };
  const left = side(cols[0]!);
  const sinks = side(cols[2]!);
  const trails = side(cols[3]!);

  const placed: PlacedNode[] = [];
  [left, middle, sinks, trails].forEach((list, col) => list.forEach((node, row) => placed.push({ node, col, row, failing: fail(node) })));
  const visible = new Set(placed.map((p) => p.node.key));
  const shownEdges = edges.filter((e) => visible.has(e.from) && visible.has(e.to));
  return {
    placed,
    edges: shownEdges,
    hiddenNodes: nodes.length - placed.length,
    hiddenEdges: edges.length - shownEdges.length,
    rows: Math.max(1, left.length, middle.length, sinks.length, trails.length),
  };
}

function shortType(t: string): string {
  return t.replace(/^AWS::/, '').replace(/^Microsoft\./, '');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function nodeBox(p: PlacedNode): Html {
  const x = COL_X[p.col]!;
  const y = TOP + p.row * ROW_H;
  const n = p.node;
  return html`<g class="gnode${n.phi ? ' phi' : ''}${p.failing ? ' failing' : ''}" data-key="${n.key}" transform="translate(${x},${y})">
<title>${n.name} (${n.type})${n.phi ? ', in PHI scope' : ''}: ${n.id}${n.file ? ` — ${n.file}${n.line ? `:${n.line}` : ''}` : ''}; ${plural(p.failing, 'failing result')}</title>
<rect width="${BOX_W}" height="${BOX_H}" rx="6"/>
<text x="10" y="20" class="gname">${clip(n.name, n.phi ? 22 : 27)}</text>
<text x="10" y="38" class="gtype">${clip(shortType(n.type), 22)}</text>
${n.phi ? html`<rect class="gphi-pill" x="${BOX_W - 42}" y="7" width="34" height="17" rx="3"/><text x="${BOX_W - 25}" y="20" text-anchor="middle" class="gphi">PHI</text>` : ''}
${p.failing ? html`<text x="${BOX_W - 10}" y="38" text-anchor="end" class="gfail">✗ ${p.failing} failing</text>` : html`<text x="${BOX_W - 10}" y="38" text-anchor="end" class="gok">no failures</text>`}
</g>`;
}

function edgePath(a: PlacedNode, b: PlacedNode): string {
  const ay = TOP + a.row * ROW_H + BOX_H / 2;
  const by = TOP + b.row * ROW_H + BOX_H / 2;
  if (a.col === b.col) {
    // Same column: an arc bulging out to the right of the boxes.
    const x = COL_X[a.col]! + BOX_W;
    return `M${x},${ay} C${x + 40},${ay} ${x + 40},${by} ${x + 2},${by}`;
  }
  const ax = a.col < b.col ? COL_X[a.col]! + BOX_W : COL_X[a.col]!;
  const bx = a.col < b.col ? COL_X[b.col]! - 2 : COL_X[b.col]! + BOX_W + 2;
  const mid = (ax + bx) / 2;
  return `M${ax},${ay} C${mid},${ay} ${mid},${by} ${bx},${by}`;
}

export function graphSvg(layout: GraphLayout): Html {
  const at = new Map(layout.placed.map((p) => [p.node.key, p]));
  const height = TOP + layout.rows * ROW_H + 10;
  const edges = layout.edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const dash = EDGE_DASH[e.kind] ?? '1 1';
    return html`<path class="gedge" d="${edgePath(a, b)}"${dash ? html` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow)" data-kind="${e.kind}"><title>${a.node.name} ${e.kind} ${b.node.name}</title></path>`;
  });
  return html`<svg class="graph" viewBox="0 0 1000 ${height}" role="img" aria-labelledby="graph-title">
<title id="graph-title">PHI data flow: ${plural(layout.placed.length, 'resource')} and ${plural(layout.edges.length, 'relation')} drawn; the same relations are listed in the table below</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>
${COLUMN_TITLES.map(
    (t, i) =>
      html`<text x="${COL_X[i]! + BOX_W / 2}" y="20" text-anchor="middle" class="gcol">${t}</text>${
        layout.placed.some((p) => p.col === i) ? '' : html`<text x="${COL_X[i]! + BOX_W / 2}" y="${TOP + 20}" text-anchor="middle" class="gok">none related</text>`
      }`,
  )}
${edges}
${layout.placed.map(nodeBox)}
</svg>`;
}

function legend(): Html {
  return html`<svg class="glegend" viewBox="0 0 760 24" role="img" aria-labelledby="glegend-title"><title id="glegend-title">Legend: line styles of the relation kinds</title>${Object.entries(EDGE_DASH).map(
    ([kind, dash], i) => html`<g transform="translate(${i * 190},0)"><path class="gedge" d="M2,12 L52,12"${dash ? html` stroke-dasharray="${dash}"` : ''}/><text x="60" y="16" class="axis">${kind}</text></g>`,
  )}</svg>`;
}

export function graphSection(report: Report, listCap = 500): Html {
  const { nodes, edges } = report.graph;
  if (!nodes.length) {
    return html`<section id="dataflow" aria-labelledby="dataflow-h"><h2 id="dataflow-h">PHI data flow</h2>
<p class="card empty-graph">No resource in this scan is in PHI scope, so there is no PHI data flow to draw.</p></section>`;
  }
  const layout = layoutGraph(report);
  const name = new Map(nodes.map((n) => [n.key, n]));
  const listed = edges.slice(0, listCap);
  return html`<section id="dataflow" aria-labelledby="dataflow-h"><h2 id="dataflow-h">PHI data flow</h2>
<p>The ${plural(nodes.filter((n) => n.phi).length, 'resource')} in PHI scope and everything one relation away: the keys that encrypt them, where their access logs go, and the trails that record them. Boxes marked <strong>PHI</strong> hold PHI; each box shows its failing results.</p>
<figure class="card graph-card">${legend()}${graphSvg(layout)}
${layout.hiddenNodes > 0 ? html`<figcaption class="more">${plural(layout.hiddenNodes, 'more resource')} and ${plural(layout.hiddenEdges, 'relation')} not drawn (at most ${MAX_PER_COLUMN} per column); all relations are in the table below.</figcaption>` : ''}
</figure>
<details class="card"><summary>Relations as a table (${edges.length.toLocaleString('en-US')})</summary>
<table class="data"><caption class="sr-only">PHI data-flow relations</caption><thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th></tr></thead>
<tbody>${listed.map((e) => {
    const a = name.get(e.from);
    const b = name.get(e.to);
    return html`<tr><td>${a?.name ?? e.from}${a?.phi ? html` <span class="phi-tag">PHI</span>` : ''}</td><td>${e.kind}</td><td>${b?.name ?? e.to}${b?.phi ? html` <span class="phi-tag">PHI</span>` : ''}</td></tr>`;
  })}</tbody></table>${edges.length > listed.length ? html`<p class="more">… and ${plural(edges.length - listed.length, 'more relation')}: see the JSON report.</p>` : ''}</details>
</section>`;
}
