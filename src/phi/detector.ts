/**
 * The one place discovery imports the detectors from, so the storage side does not depend on
 * the detector package's internal layout.
 */
export { PhiScanner, scanBuffer } from './detect/index.js';
export type { DetectOptions, EntitySummary, EntityType } from './detect/types.js';
