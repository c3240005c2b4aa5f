import type { AwsMocks } from '../test-support/aws-mock.js';

/**
 * What an empty account answers to the ops family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function opsEmptyAccount(_m: AwsMocks): void {}

/**
 * One of every resource the ops family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function opsOneOfEverything(_m: AwsMocks): void {}
