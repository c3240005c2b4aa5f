import type { PropsByType, ResourceType } from '../resource.js';
import { isUnknown, type Known } from '../unknown.js';

/**
 * What each resource type names of others, declared once: the inventory resolves these to
 * edges (for the PHI data-flow picture and for anyone asking "what touches this?").
 */
export interface RelationSpec<F extends ResourceType = ResourceType> {
  from: F;
  /** Reads like a verb: bucket `encrypted-by` key. */
  kind: 'encrypted-by' | 'logs-to' | 'delivers-to' | 'streams-to' | 'records' | 'runs-in' | 'uses-role' | 'protects' | 'fronts';
  to: ResourceType;
  refs(props: PropsByType[F]): Known<string | null>[];
}

/** A relation typed by its source type, stored with the others. */
export function spec<F extends ResourceType>(s: RelationSpec<F>): RelationSpec {
  return s as unknown as RelationSpec;
}

/** A field of an optional block: unknown stays unknown, an absent block names nothing. */
export const field = <T>(v: Known<T | null>, read: (x: T) => Known<string | null>): Known<string | null> =>
  isUnknown(v) ? v : v === null ? null : read(v);
