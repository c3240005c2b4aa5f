import type { AccountCollection } from '../engine/collection.js';
import type { CoverageEntry } from '../engine/inventory.js';
import type { AnyResource } from '../model/resource.js';
import type { InputProblem } from '../util/errors.js';

/**
 * What any collector returns: resources in the normalized model, the problems it met
 * (reported, never dropped), and for live sources what it saw of each type.
 */
export interface CollectResult {
  resources: AnyResource[];
  problems: InputProblem[];
  coverage: CoverageEntry[];
  /** Live sources: per account, region and service, what was and was not collected. */
  collection?: AccountCollection[];
}

export function emptyResult(): CollectResult {
  return { resources: [], problems: [], coverage: [] };
}

export function mergeResults(into: CollectResult, from: CollectResult): CollectResult {
  into.resources.push(...from.resources);
  into.problems.push(...from.problems);
  into.coverage.push(...from.coverage);
  return into;
}
