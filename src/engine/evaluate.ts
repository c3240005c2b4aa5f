import { hash } from 'node:crypto';
import type { Config } from '../config/schema.js';
import { sourceKindOf } from '../model/origin.js';
import { type AnyResource, resourceKey, type ResourceType } from '../model/resource.js';
import type { Rule, RuleContext, RuleResult, Severity } from '../rules/types.js';
import type { Finding, FindingResource } from './finding.js';
import type { Inventory } from './inventory.js';
import { makePhiMatcher } from './phi.js';
import { InputError } from '../util/errors.js';

export function findingId(ruleId: string, r: AnyResource): string {
  return hash('sha256', `${ruleId}\u0000${resourceKey(r)}`, 'hex').slice(0, 24);
}

const RAISE: Record<Severity, Severity> = { info: 'low', low: 'medium', medium: 'high', high: 'critical', critical: 'critical' };

export function findingResource(r: AnyResource): FindingResource {
  const origin = r.origin.kind === 'inventory' ? (r.origin.original ?? r.origin) : r.origin;
  const out: FindingResource = {
    provider: r.provider,
    type: r.type,
    id: r.id,
    name: r.name,
    account: r.account,
    region: r.region,
    tags: r.tags,
  };
  if (origin.kind === 'iac') {
    const { format, file, line, column, address, construct } = origin;
    out.location = { format, file, address, ...(line ? { line } : {}), ...(column ? { column } : {}), ...(construct ? { construct } : {}) };
  } else if (origin.kind === 'live') {
    out.calls = origin.calls;
  }
  return out;
}

interface PreparedRule {
  rule: Rule;
  options: unknown;
  severity: Severity;
  /** Built once per rule, not per resource: evaluation is the hot loop. */
  ctx?: RuleContext<unknown>;
}

/** Settles which rules run, with their options validated and defaults applied. */
export function prepareRules(rules: readonly Rule[], config: Config): PreparedRule[] {
  const out: PreparedRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (setting === false || (typeof setting === 'object' && setting.enabled === false)) continue;
    const raw = typeof setting === 'object' ? (setting.options ?? {}) : {};
    let options: unknown = {};
    if (rule.options) {
      const parsed = rule.options.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const where = config.file ? `${config.file}: ` : '';
        throw new InputError(
          `${where}rules.${rule.meta.id}.options.${issue.path.map(String).join('.')}: ${issue.message}`,
        );
      }
      options = parsed.data;
    } else if (Object.keys(raw).length > 0) {
      throw new InputError(`${config.file ?? 'config'}: rules.${rule.meta.id}.options: this rule takes no options`);
    }
    const severity = typeof setting === 'object' && setting.severity ? setting.severity : rule.meta.severity;
    out.push({ rule, options, severity });
  }
  return out;
}

export interface EvaluateOptions {
  /** Judge only resources in PHI scope. */
  phiOnly?: boolean;
}

/**
 * Runs every applicable rule on every resource, dispatching by type so cost grows with
 * resources × rules-for-that-type, never with the whole rule set. Yields findings one by
 * one so reporters can stream.
 */
export function* evaluate(
  inventory: Inventory,
  rules: readonly Rule[],
  config: Config,
  opts: EvaluateOptions = {},
): Generator<Finding> {
  const prepared = prepareRules(rules, config);
  const byType = new Map<ResourceType, PreparedRule[]>();
  for (const p of prepared) {
    for (const t of p.rule.meta.resourceTypes) {
      let list = byType.get(t);
      if (!list) byType.set(t, (list = []));
      list.push(p);
    }
  }
  const isPhi = makePhiMatcher(config);
  const baseCtx = {
    isPhi,
    lookup: inventory.lookup.bind(inventory),
    list: inventory.list.bind(inventory),
  };
  for (const p of prepared) p.ctx = { ...baseCtx, options: p.options };
  for (const resource of inventory.all()) {
    const applicable = byType.get(resource.type);
    if (!applicable) continue;
    const phi = isPhi(resource);
    if (opts.phiOnly && !phi) continue;
    const kind = sourceKindOf(resource.origin);
    let fr: FindingResource | undefined;
    for (const p of applicable) {
      let result: RuleResult | null;
      if (!p.rule.meta.sources.includes(kind)) continue;
      try {
        result = p.rule.evaluate(resource as never, p.ctx!);
      } catch (e) {
        // A rule bug must not turn into a pass or abort the scan.
        result = {
          status: 'not_assessed',
          message: `Could not assess: rule error: ${(e as Error).message}`,
          reason: `rule error: ${(e as Error).message}`,
          evidence: [],
        };
      }
      if (!result) continue;
      fr ??= findingResource(resource);
      // The same gap is worse where PHI lives: one level up, the rule's own level kept beside it.
      const severity = phi ? RAISE[p.severity] : p.severity;
      const f: Finding = {
        id: findingId(p.rule.meta.id, resource),
        ruleId: p.rule.meta.id,
        title: p.rule.meta.title,
        severity,
        hipaa: p.rule.meta.hipaa,
        status: result.status,
        message: result.message,
        evidence: result.evidence,
        resource: fr,
        phi,
      };
      if (result.reason) f.reason = result.reason;
      if (severity !== p.severity) f.baseSeverity = p.severity;
      yield f;
    }
  }
}
