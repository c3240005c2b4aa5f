import { readFileSync } from 'node:fs';
import type { Config } from '../config/schema.js';
import { HipaaRollup } from '../frameworks/hipaa/rollup.js';
import { type AnyResource, resourceKey } from '../model/resource.js';
import { type GraphEdge, type GraphNode, REPORT_SCHEMA_VERSION, type Report, type ReportRule, type ScanScope } from '../report/model.js';
import { type Rule, SEVERITIES, type Severity } from '../rules/types.js';
import type { InputProblem } from '../util/errors.js';
import type { AccountCollection } from './collection.js';
import { evaluate } from './evaluate.js';
import type { Finding } from './finding.js';
import type { Inventory } from './inventory.js';
import { makePhiMatcher } from './phi.js';
import { type InlineEntry, Suppressor } from './suppress.js';

export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const STATUS_RANK = { fail: 0, not_assessed: 1, pass: 2 } as const;

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[s] <= SEVERITY_RANK[threshold];
}

export interface ScanInput {
  inventory: Inventory;
  rules: readonly Rule[];
  config: Config;
  scope: ScanScope;
  problems: InputProblem[];
  startedAt: Date;
  phiOnly?: boolean;
  /** What live collection did per account, region and service, for the report. */
  collection?: AccountCollection[];
  /** For tests: the date suppressions are judged against. */
  today?: string;
}

/** Evaluates an inventory and assembles the report object every reporter reads. */
export function runScan(input: ScanInput): Report {
  const { inventory, rules, config } = input;
  const suppressor = new Suppressor(config.suppressions, input.today, inlineSuppressions(inventory));
  const rollup = new HipaaRollup(rules);
  const findings: Finding[] = [];
  const results = { pass: 0, fail: 0, not_assessed: 0, suppressed: 0 };
  const failures = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const ruleMeta: Record<string, ReportRule> = {};
  const metaById = new Map(rules.map((r) => [r.meta.id, r.meta]));

  for (const raw of evaluate(inventory, rules, config, { phiOnly: input.phiOnly ?? false })) {
    const f = suppressor.apply(raw);
    findings.push(f);
    rollup.add(f);
    if (f.suppressed) results.suppressed++;
    else {
      results[f.status]++;
      if (f.status === 'fail') failures[f.severity]++;
    }
    if (!ruleMeta[f.ruleId]) {
      const m = metaById.get(f.ruleId)!;
      ruleMeta[f.ruleId] = {
        id: m.id,
        title: m.title,
        severity: m.severity,
        hipaa: [...m.hipaa],
        rationale: m.rationale,
        remediation: m.remediation,
      };
    }
  }

  // Code-point order, not localeCompare: the same on every machine, and far cheaper.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  findings.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.resource.id, b.resource.id),
  );

  const isPhi = makePhiMatcher(config);
  let phiResources = 0;
  for (const r of inventory.all()) if (isPhi(r)) phiResources++;
  const graph = phiGraph(inventory, isPhi);

  const threshold = config.failOn;
  const failed = threshold !== 'none' && SEVERITIES.some((s) => severityAtLeast(s, threshold) && failures[s] > 0);
  const nodes = rollup.nodes();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'phiguard', version: TOOL_VERSION, rules: rules.length },
    scan: {
      startedAt: input.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      scope: input.scope,
      failOn: config.failOn,
      phiOnly: input.phiOnly ?? false,
    },
    summary: { resources: inventory.size, phiResources, results, failures, failed },
    hipaa: { sections: rollup.sections(nodes), nodes },
    findings,
    rules: ruleMeta,
    problems: input.problems,
    coverage: inventory.coverageEntries(),
    suppressions: suppressor.states(),
    graph,
    ...(input.collection ? { collection: input.collection } : {}),
  };
}

/** PHI resources, what they name and what names them: one relation in either direction. */
function phiGraph(inventory: Inventory, isPhi: (r: AnyResource) => boolean): Report['graph'] {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const node = (r: AnyResource): string => {
    const key = resourceKey(r);
    if (!nodes.has(key)) {
      const o = r.origin.kind === 'inventory' ? r.origin.original : r.origin;
      nodes.set(key, {
        key,
        provider: r.provider,
        type: r.type,
        id: r.id,
        name: r.name,
        phi: isPhi(r),
        ...(o?.kind === 'iac' ? { file: o.file, ...(o.line ? { line: o.line } : {}) } : {}),
      });
    }
    return key;
  };
  for (const r of inventory.all()) if (isPhi(r)) node(r);
  for (const rel of inventory.relations()) {
    if (!isPhi(rel.from) && !isPhi(rel.to)) continue;
    edges.push({ from: node(rel.from), to: node(rel.to), kind: rel.kind });
  }
  return { nodes: [...nodes.values()], edges };
}

/** The exceptions written in IaC beside the resources of the inventory. */
function inlineSuppressions(inventory: Inventory): InlineEntry[] {
  const out: InlineEntry[] = [];
  for (const r of inventory.all()) {
    const o = r.origin;
    if (o.kind !== 'iac' || !o.suppressions) continue;
    const source = `${o.file}${o.line ? `:${o.line}` : ''}`;
    for (const s of o.suppressions) out.push({ ...s, resource: r.id, source });
  }
  return out;
}
