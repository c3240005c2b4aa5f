import type { z } from 'zod';
import type { Resource, ResourceType } from '../model/resource.js';
import type { Rule, RuleContext, RuleMeta, RuleResult } from './types.js';

/**
 * The typed factory every rule goes through: citations are checked against the HIPAA tree
 * and the resource type narrows `evaluate`'s argument, so a wrong citation or a prop that
 * does not exist is a compile error.
 */
export function defineRule<T extends ResourceType, O = Record<string, never>>(def: {
  meta: RuleMeta<T>;
  options?: z.ZodType<O>;
  evaluate(resource: Resource<T>, ctx: RuleContext<O>): RuleResult | null;
}): Rule<T, O> {
  return def;
}
