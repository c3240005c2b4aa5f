import { emailDetector } from './email.js';
import { keywordDetector } from './keywords.js';
import { numericDetector } from './numeric.js';
import type { Detector } from './types.js';

/** Every detector, each covering one or more entity types; together they cover ENTITY_TYPES. */
export const DETECTORS: readonly Detector[] = [
  // SSN, NPI, phone, IPv4, payment card, MBI, DEA and ICD-10 share one pass over token
  // starts (numeric.ts).
  // MRN, member id, DOB and address share one pass over byte pairs (keywords.ts).
  numericDetector, keywordDetector, emailDetector,
];
