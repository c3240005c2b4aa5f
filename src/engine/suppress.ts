import picomatch from 'picomatch';
import type { Suppression } from '../config/schema.js';
import type { Finding } from './finding.js';

export interface SuppressionState extends Suppression {
  /** `active` applies; `expired` turns back into findings and is listed as such. */
  state: 'active' | 'expired';
  /** How many results it matched in this scan. */
  matched: number;
  /** For an exception written in the IaC itself: where (`file:line` of its resource). */
  source?: string;
}

/** An exception written beside one resource in IaC: it matches that resource's id exactly. */
export interface InlineEntry extends Suppression {
  source: string;
}

/** Applies exceptions to findings: an expired one is listed but no longer hides anything. */
export class Suppressor {
  private readonly entries: { s: SuppressionState; match: (v: string) => boolean }[];

  constructor(suppressions: Suppression[], today: string = new Date().toISOString().slice(0, 10), inline: InlineEntry[] = []) {
    const state = (s: Suppression): SuppressionState['state'] => (s.expires && s.expires < today ? 'expired' : 'active');
    this.entries = [
      ...suppressions.map((s) => ({
        s: { ...s, state: state(s), matched: 0 },
        match: picomatch(s.resource, { dot: true, nocase: false }),
      })),
      // Inline ones name their resource by id, which may hold glob characters (`x["a"]`).
      ...inline.map((s) => ({ s: { ...s, state: state(s), matched: 0 }, match: (v: string) => v === s.resource })),
    ];
  }

  apply(f: Finding): Finding {
    if (f.status === 'pass') return f;
    const names = [f.resource.id, f.resource.name, f.resource.location?.address].filter(
      (x): x is string => typeof x === 'string',
    );
    for (const e of this.entries) {
      if (e.s.rule !== '*' && e.s.rule !== f.ruleId) continue;
      if (!names.some((n) => e.match(n))) continue;
      e.s.matched++;
      if (e.s.state === 'expired') continue;
      const { rule, resource, reason, approvedBy, expires, source } = e.s;
      return {
        ...f,
        suppressed: {
          rule,
          resource,
          reason,
          ...(approvedBy ? { approvedBy } : {}),
          ...(expires ? { expires } : {}),
          ...(source ? { source } : {}),
        },
      };
    }
    return f;
  }

  states(): SuppressionState[] {
    return this.entries.map((e) => e.s);
  }
}
