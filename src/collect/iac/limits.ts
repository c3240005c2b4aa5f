/** Bounds that keep hostile or huge inputs from exhausting time or memory. */
export const IAC_LIMITS = {
  /** Files larger than this are skipped with a warning. */
  maxFileBytes: 100 * 1024 * 1024,
  /** A YAML document that expands (through aliases) to more nodes than this is rejected. */
  maxExpandedNodes: 2_000_000,
  /** Deeper nesting than this is rejected rather than recursed into. */
  maxDepth: 512,
};
