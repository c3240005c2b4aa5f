import { addressDetector } from './address.js';
import { deaDetector } from './dea.js';
import { dobDetector } from './dob.js';
import { emailDetector } from './email.js';
import { icd10Detector } from './icd10.js';
import { numericDetector } from './numeric.js';
import { recordIdDetector } from './record-ids.js';
import type { Detector } from './types.js';

/** Every detector, each covering one or more entity types; together they cover ENTITY_TYPES. */
export const DETECTORS: readonly Detector[] = [
  // SSN, NPI, phone, IPv4, payment card and MBI share one digit-led prefilter (numeric.ts).
  numericDetector, deaDetector, icd10Detector, recordIdDetector, dobDetector, emailDetector, addressDetector,
];
