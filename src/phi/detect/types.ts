/** Entity types that discovery reports. Never the values: only type, count, confidence, offsets. */
export type EntityType =
  | 'ssn' | 'mbi' | 'npi' | 'dea' | 'icd10' | 'mrn' | 'member_id' | 'dob'
  | 'phone' | 'email' | 'address' | 'ip' | 'payment_card';

export const ENTITY_TYPES: readonly EntityType[] = Object.freeze([
  'address', 'dea', 'dob', 'email', 'icd10', 'ip', 'mbi', 'member_id', 'mrn', 'npi', 'payment_card', 'phone', 'ssn',
] as const);

export interface DetectOptions {
  /** Results below this confidence (0–1) are dropped. Default 0.5. */
  minConfidence?: number;
  perType?: Partial<Record<EntityType, { enabled?: boolean; minConfidence?: number }>>;
  /** Byte ranges kept per entity type (counts are always exact). Default 50. */
  maxRanges?: number;
}

export interface EntitySummary {
  type: EntityType;
  count: number;
  /** Highest confidence among the matches counted. */
  confidence: number;
  /** [start, end) byte offsets in the scanned (decoded) content; at most maxRanges. */
  ranges: [number, number][];
  rangesTruncated: boolean;
}

/**
 * A detector reports candidates by offsets into `text` (latin1, so offsets are bytes) and a
 * confidence. It never hands out the matched text, so nothing downstream can keep it.
 */
export type Emit = (type: EntityType, start: number, end: number, confidence: number) => void;

export interface Detector {
  readonly types: readonly EntityType[];
  /**
   * Longest match this detector can produce, context included (the keyword-led ones match
   * their keyword). Every quantifier in its pattern is bounded so this is a true bound: the
   * streaming scanner relies on it to find a match that straddles chunks exactly once.
   */
  readonly maxLength: number;
  /**
   * Report matches that start in text[from, to) (default: all of it). Context before `from`
   * and the byte after `to` may be read. `bytes`, when given, is the same content as `text`
   * (text is its latin1 decoding); a detector that loops over bytes reads it instead.
   */
  scan(text: string, emit: Emit, from?: number, to?: number, bytes?: Uint8Array): void;
}
