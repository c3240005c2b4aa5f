import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../model.js';
import { findingsData, PAGE_SIZE } from './findings-table.js';
import { layoutGraph, MAX_PER_COLUMN } from './graph.js';
import { renderHtml } from './index.js';
import { exampleReport, HOSTILE, hostileReport, largeReport } from './test-support/reports.js';

let example: Report;
let exampleHtml: string;
beforeAll(async () => {
  example = await exampleReport();
  exampleHtml = renderHtml(example);
}, 60_000);

/** The text of the embedded findings block, as the browser would hand it to JSON.parse. */
function dataBlock(page: string): string {
  const m = /<script type="application\/json" id="findings-data">([^]*?)<\/script>/.exec(page);
  if (!m) throw new Error('no findings data block');
  return m[1]!;
}

describe('renderHtml: structure', () => {
  it('has every part an auditor looks for, under landmarks and headings', () => {
    for (const id of ['summary', 'scope', 'drilldown', 'dataflow', 'not-assessed', 'exceptions', 'attestation', 'problems', 'coverage', 'findings']) {
      expect(exampleHtml).toContain(`<section id="${id}"`);
    }
    expect(exampleHtml).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    for (const tag of ['<header', '<nav', '<main>', '<footer', '<h1>']) expect(exampleHtml).toContain(tag);
    // Every HIPAA node has a drill-down entry; manual ones are in the attestation checklist.
    for (const n of example.hipaa.nodes) expect(exampleHtml).toContain(`data-status="${n.status}"><summary>`);
    const manual = example.hipaa.nodes.filter((n) => n.status === 'manual').length;
    expect(exampleHtml.match(/class="attest-item"/g)).toHaveLength(manual);
    // The fix, with its snippets, for a failing rule.
    expect(exampleHtml).toContain('aws kms enable-key-rotation --key-id KEY_ID');
    // Unknown evidence reads as unknown with its reason.
    expect(exampleHtml).toContain('unknown (Terraform configuration does not state the region)');
  });

  it('lists exceptions in force and expired ones, and the results they suppress', () => {
    expect(example.suppressions.map((s) => s.state).sort()).toEqual(['active', 'expired']);
    expect(exampleHtml).toContain('privacy-officer@example.org');
    expect(exampleHtml).toContain('ciso@example.org');
    expect(exampleHtml).toMatch(/Results suppressed \(1\)/);
  });

  it('makes no network request: a strict CSP, and no URL to fetch anywhere', () => {
    expect(exampleHtml).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-[^"]+&#39;; style-src &#39;sha256-/);
    expect(exampleHtml).not.toMatch(/\b(src|href)="(?!#)/);
    expect(exampleHtml).not.toMatch(/https?:\/\//);
    expect(exampleHtml).not.toMatch(/@import|url\((?!#)/);
  });

  it('embeds every finding for the table', () => {
    const data = JSON.parse(dataBlock(exampleHtml)) as ReturnType<typeof findingsData>;
    expect(data.rows).toHaveLength(example.findings.length);
    expect(data.s[data.rows[0]![2]!]).toBe(example.findings[0]!.ruleId);
  });
});

describe('renderHtml: charts', () => {
  it('draws and tabulates exactly the report counts per section', () => {
    for (const s of example.hipaa.sections) {
      const g = new RegExp(`<g data-section="${s.id.replace('.', '\\.')}">([^]*?)</g>`).exec(exampleHtml)![1]!;
      const drawn = Object.fromEntries([...g.matchAll(/data-status="(\w+)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
      const expected = Object.fromEntries(Object.entries(s.nodes).filter(([, n]) => n > 0));
      expect(drawn).toEqual(expected);
      const row = new RegExp(`<tr data-section="${s.id.replace('.', '\\.')}">([^]*?)</tr>`).exec(exampleHtml)![1]!;
      const tabulated = Object.fromEntries([...row.matchAll(/<td data-status="(\w+)">(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2])]));
      expect(tabulated).toEqual(s.nodes);
    }
    for (const [sev, n] of Object.entries(example.summary.failures)) expect(exampleHtml).toContain(`<td data-severity="${sev}">${n}</td>`);
    const r = example.summary.results;
    for (const [cls, n] of [['fail', r.fail], ['not_assessed', r.not_assessed], ['pass', r.pass], ['suppressed', r.suppressed]] as const) {
      expect(exampleHtml).toContain(`data-count="${cls}">${n}</div>`);
    }
  });
});

describe('renderHtml: hostile strings', () => {
  let page: string;
  beforeAll(() => {
    page = renderHtml(hostileReport(example));
  });

  it('renders them as inert text everywhere', () => {
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<svg onload/i);
    expect(page).not.toMatch(/<a xlink/i);
    // Outside the JSON block (checked below), no attribute of any tag starts with "on".
    const markup = page.replace(dataBlock(page), '');
    expect(markup).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    expect(markup).not.toMatch(/\son\w+="/i);
    expect(page).not.toContain('\u202e');
    // Exactly our two script elements, each closed once: no payload opened or closed one.
    expect(page.match(/<script/gi)).toHaveLength(2);
    expect(page.match(/<\/script/gi)).toHaveLength(2);
    expect(page.match(/<!--/g)).toBeNull();
    // They are shown, escaped, where they belong.
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    expect(page).toContain('unknown (&lt;img src=x');
  });

  it('keeps them intact, but unable to break out, in the embedded JSON', () => {
    const block = dataBlock(page);
    expect(block).not.toMatch(/[<>]/);
    const data = JSON.parse(block) as ReturnType<typeof findingsData>;
    expect(data.s).toContain(`${example.findings[0]!.resource.name}${HOSTILE.img}`);
  });
});

describe('renderHtml: data flow graph', () => {
  const node = (i: number, phi: boolean, type = 'AWS::S3::Bucket') => ({ key: `k${type}${i}`, provider: 'aws' as const, type, id: `id-${type}-${i}`, name: `${phi ? 'phi' : 'key'}-${i}`, phi });

  it('says so when nothing is in PHI scope', () => {
    const page = renderHtml({ ...example, graph: { nodes: [], edges: [] } });
    expect(page).toContain('no PHI data flow to draw');
    expect(page).not.toContain('<svg class="graph"');
  });

  it('caps a large graph, says how many are not drawn, and keeps edges between drawn nodes only', () => {
    const phi = Array.from({ length: 120 }, (_, i) => node(i, true));
    const keys = Array.from({ length: 80 }, (_, i) => node(i, false, 'AWS::KMS::Key'));
    const edges = phi.map((p, i) => ({ from: p.key, to: keys[i % keys.length]!.key, kind: 'encrypted-by' }));
    const report = { ...example, graph: { nodes: [...phi, ...keys], edges } };
    const layout = layoutGraph(report);
    expect(layout.placed.length).toBe(2 * MAX_PER_COLUMN);
    expect(layout.hiddenNodes).toBe(200 - 2 * MAX_PER_COLUMN);
    const drawn = new Set(layout.placed.map((p) => p.node.key));
    for (const e of layout.edges) expect(drawn.has(e.from) && drawn.has(e.to)).toBe(true);
    // Keys sit beside the PHI stores they encrypt: the first drawn key belongs to the first drawn store.
    const first = layout.placed.find((p) => p.col === 0 && p.row === 0)!;
    expect(edges.some((e) => e.to === first.node.key && e.from === layout.placed.find((p) => p.col === 1 && p.row === 0)!.node.key)).toBe(true);
    const page = renderHtml(report);
    expect(page).toContain(`${200 - 2 * MAX_PER_COLUMN} more resources`);
    expect(page.match(/class="gnode/g)).toHaveLength(2 * MAX_PER_COLUMN);
  });

  it('is deterministic', () => {
    expect(renderHtml(example)).toBe(exampleHtml);
  });

  it('marks PHI nodes and shows their failing results', () => {
    expect(exampleHtml).toMatch(/class="gnode phi failing"[^]*?✗ \d+ failing/);
  });
});

describe('renderHtml: scale', () => {
  it('keeps the static part bounded for 100,000 findings; the table pages them', () => {
    const big = largeReport(example, 100_000);
    const page = renderHtml(big);
    const data = JSON.parse(dataBlock(page)) as ReturnType<typeof findingsData>;
    expect(data.rows).toHaveLength(100_000);
    // The drill-down lists at most 25 resources per rule: far fewer rows than findings.
    expect((page.match(/<tr>/g) ?? []).length).toBeLessThan(5_000);
    expect(PAGE_SIZE).toBeLessThanOrEqual(100);
  });
});
