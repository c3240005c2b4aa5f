import type { Finding } from '../../engine/finding.js';
import type { Rule } from '../../rules/types.js';
import { HIPAA_NODES, HIPAA_SECTIONS } from './tree.js';

/**
 * A node's status: `fail` if any result citing it failed (and is not suppressed),
 * `not_assessed` if any could not be judged, `pass` if results exist and all passed,
 * `not_applicable` when rules cite it but nothing in scope was judged, and `manual` when no
 * automated rule can show it: listed for attestation, never counted as passed.
 */
export type NodeStatus = 'pass' | 'fail' | 'not_assessed' | 'not_applicable' | 'manual';

export interface HipaaNodeResult {
  id: string;
  section: string;
  kind: 'standard' | 'spec';
  title: string;
  /** R required, A addressable; absent on a standard that only groups its specifications. */
  req?: 'R' | 'A';
  status: NodeStatus;
  counts: { pass: number; fail: number; not_assessed: number; suppressed: number };
  rules: string[];
}

export interface HipaaSectionResult {
  id: string;
  title: string;
  /** Counts of nodes in each status. */
  nodes: Record<NodeStatus, number>;
  /** Counts of results citing the section. */
  results: { pass: number; fail: number; not_assessed: number; suppressed: number };
}

export class HipaaRollup {
  private readonly counts = new Map<string, HipaaNodeResult['counts']>();
  private readonly sectionCounts = new Map<string, HipaaSectionResult['results']>();

  constructor(private readonly rules: readonly Rule[]) {
    for (const n of HIPAA_NODES) this.counts.set(n.id, { pass: 0, fail: 0, not_assessed: 0, suppressed: 0 });
    for (const s of HIPAA_SECTIONS) this.sectionCounts.set(s.id, { pass: 0, fail: 0, not_assessed: 0, suppressed: 0 });
  }

  /** Per citation list (shared by every finding of a rule), the counters it feeds. */
  private readonly targets = new WeakMap<readonly string[], { nodes: HipaaNodeResult['counts'][]; sections: HipaaSectionResult['results'][] }>();

  add(f: Finding): void {
    let t = this.targets.get(f.hipaa);
    if (!t) {
      // A result citing two specifications of one section counts once for the section.
      const sections = [...new Set(f.hipaa.map((c) => c.slice(0, 7)))];
      t = {
        nodes: f.hipaa.map((c) => this.counts.get(c)).filter((x): x is HipaaNodeResult['counts'] => !!x),
        sections: sections.map((s) => this.sectionCounts.get(s)).filter((x): x is HipaaSectionResult['results'] => !!x),
      };
      this.targets.set(f.hipaa, t);
    }
    const key = f.suppressed ? 'suppressed' : f.status;
    for (const c of t.nodes) c[key]++;
    for (const c of t.sections) c[key]++;
  }

  nodes(): HipaaNodeResult[] {
    const citing = new Map<string, string[]>();
    for (const r of this.rules) for (const c of r.meta.hipaa) citing.set(c, [...(citing.get(c) ?? []), r.meta.id]);
    return HIPAA_NODES.map((n) => {
      const counts = this.counts.get(n.id)!;
      const rules = citing.get(n.id) ?? [];
      const status: NodeStatus =
        rules.length === 0
          ? 'manual'
          : counts.fail > 0
            ? 'fail'
            : counts.not_assessed > 0
              ? 'not_assessed'
              : counts.pass > 0 || counts.suppressed > 0
                ? 'pass'
                : 'not_applicable';
      const out: HipaaNodeResult = { id: n.id, section: n.section, kind: n.kind, title: n.title, status, counts, rules };
      if ('req' in n) out.req = n.req;
      return out;
    });
  }

  sections(nodes = this.nodes()): HipaaSectionResult[] {
    return HIPAA_SECTIONS.map((s) => {
      const mine = nodes.filter((n) => n.section === s.id);
      const statuses: Record<NodeStatus, number> = { pass: 0, fail: 0, not_assessed: 0, not_applicable: 0, manual: 0 };
      for (const n of mine) statuses[n.status]++;
      return { id: s.id, title: s.title, nodes: statuses, results: { ...this.sectionCounts.get(s.id)! } };
    });
  }
}
