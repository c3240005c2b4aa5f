import { describe, expect, it } from 'vitest';
import { combineEstimates, estimateCost, formatUsd, parseSize } from './cost.js';

describe('estimateCost', () => {
  it('prices S3 GETs, LISTs and egress at list price', () => {
    const e = estimateCost('aws', 1000, 1000, 1024 ** 3);
    expect(e.usd).toBeCloseTo(0.005 + 0.0004 + 0.09, 10);
    expect(e.assumptions).toContain('$0.0004/1,000');
    expect(estimateCost('local', 5, 5, 1e9).usd).toBe(0);
  });

  it('sums per provider', () => {
    const c = combineEstimates([estimateCost('aws', 1, 2, 3), estimateCost('aws', 1, 2, 3), estimateCost('azure', 1, 1, 1)]);
    expect(c.map((e) => [e.provider, e.getRequests])).toEqual([['aws', 4], ['azure', 1]]);
    expect(formatUsd(0.0923)).toBe('$0.09');
    expect(formatUsd(0.00123)).toBe('$0.0012');
  });
});

describe('parseSize', () => {
  it.each([
    ['2048', 2048],
    ['64KB', 65536],
    ['1 MiB', 1048576],
    ['100mb', 104857600],
    ['1.5G', 1610612736],
  ])('%s', (v, n) => expect(parseSize(v)).toBe(n));
  it.each(['', 'abc', '-1', '0', '1XB'])('rejects %j', (v) => expect(parseSize(v)).toBeUndefined());
});
