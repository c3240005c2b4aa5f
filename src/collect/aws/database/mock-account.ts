import type { AwsMocks } from '../test-support/aws-mock.js';

/**
 * What an empty account answers to the database family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function databaseEmptyAccount(_m: AwsMocks): void {}

/**
 * One of every resource the database family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function databaseOneOfEverything(_m: AwsMocks): void {}
