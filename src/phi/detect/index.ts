/**
 * PHI detectors for discovery. Output is entity types, counts, confidences and byte ranges:
 * never the matched values (DESIGN.md, "PHI never leaves the place it was found").
 */
export { ENTITY_TYPES } from './types.js';
export type { DetectOptions, EntitySummary, EntityType } from './types.js';
export { PhiScanner, scanBuffer } from './scanner.js';
