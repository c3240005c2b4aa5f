import { describe, expect, it } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '../../config/schema.js';
import { evaluate } from '../../engine/evaluate.js';
import { type CoverageEntry, Inventory } from '../../engine/inventory.js';
import type { AnyResource, Resource, ResourceType } from '../../model/resource.js';
import { HIPAA_NODES } from '../../frameworks/hipaa/tree.js';
import type { ResultStatus, Rule } from '../types.js';

export interface RuleCase<T extends ResourceType> {
  /** A sentence saying what the case is. */
  name: string;
  resource: Resource<T>;
  /** Other resources in the same inventory (keys, trails, the account). */
  others?: AnyResource[];
  coverage?: CoverageEntry[];
  options?: Record<string, unknown>;
  config?: Partial<Config>;
  /** A pattern the result's message must match. */
  message?: RegExp;
}

export interface RuleCases<T extends ResourceType> {
  pass: RuleCase<T>[];
  fail: RuleCase<T>[];
  not_assessed: RuleCase<T>[];
  /** Resources the rule must not judge at all (returns null). */
  not_applicable?: RuleCase<T>[];
}

function deepFreeze<V>(v: V): V {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

const COMPLETE = (r: AnyResource): CoverageEntry[] =>
  typeof r.account === 'string'
    ? (['AWS::CloudTrail::Trail', 'AWS::KMS::Key', 'AWS::S3::Bucket', 'AWS::Logs::LogGroup', 'AWS::S3::AccountPublicAccessBlock'] as const).map(
        (type) => ({ provider: 'aws', account: r.account as string, type, complete: true, reasons: [] }),
      )
    : [];

/**
 * Table tests for one rule, run through the real engine. It refuses a table without pass,
 * fail and not_assessed cases, duplicate case names, a fail without evidence, a
 * not_assessed without a reason, and a rule that mutates its (frozen) input.
 */
export function ruleTester<T extends ResourceType>(rule: Rule<T, any>, cases: RuleCases<T>): void {
  describe(rule.meta.id, () => {
    it('has pass, fail and not_assessed cases with unique names', () => {
      expect(cases.pass.length, 'pass cases').toBeGreaterThan(0);
      expect(cases.fail.length, 'fail cases').toBeGreaterThan(0);
      expect(cases.not_assessed.length, 'not_assessed cases').toBeGreaterThan(0);
      const names = [...cases.pass, ...cases.fail, ...cases.not_assessed, ...(cases.not_applicable ?? [])].map(
        (c) => c.name,
      );
      expect(new Set(names).size, 'duplicate case names').toBe(names.length);
    });

    it('cites only sections of the HIPAA tree', () => {
      const ids = new Set<string>(HIPAA_NODES.map((n) => n.id));
      for (const c of rule.meta.hipaa) expect(ids.has(c), c).toBe(true);
    });

    const groups: [ResultStatus | null, RuleCase<T>[]][] = [
      ['pass', cases.pass],
      ['fail', cases.fail],
      ['not_assessed', cases.not_assessed],
      [null, cases.not_applicable ?? []],
    ];
    for (const [status, list] of groups) {
      for (const c of list) {
        it(`${status ?? 'not applicable'}: ${c.name}`, () => {
          const subject = deepFreeze(structuredClone(c.resource)) as AnyResource;
          const others = (c.others ?? []).map((o) => deepFreeze(structuredClone(o)));
          const inv = new Inventory([subject, ...others], c.coverage ?? COMPLETE(subject));
          const config: Config = {
            ...DEFAULT_CONFIG,
            ...c.config,
            rules: c.options ? { [rule.meta.id]: { options: c.options } } : {},
          };
          const own = [...evaluate(inv, [rule as Rule], config)].filter(
            (f) => f.resource.id === subject.id && f.resource.type === subject.type,
          );
          if (status === null) {
            expect(own, 'rule should not apply').toHaveLength(0);
            return;
          }
          expect(own, 'exactly one result for the resource').toHaveLength(1);
          const f = own[0]!;
          expect(f.reason ?? '', 'the rule threw (did it mutate its input?)').not.toMatch(/^rule error/);
          expect(f.status, f.message).toBe(status);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/\{\{|\$\{|undefined|\[object Object\]/);
          if (status === 'fail') expect(f.evidence.length, 'a failure shows what was observed').toBeGreaterThan(0);
          if (status === 'not_assessed') expect(f.reason, 'not_assessed says why').toBeTruthy();
          if (c.message) expect(f.message).toMatch(c.message);
        });
      }
    }
  });
}
