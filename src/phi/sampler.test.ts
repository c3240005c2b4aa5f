import { describe, expect, it } from 'vitest';
import { pickSample, spreadOrder } from './sampler.js';

const objs = (n: number, size = 100) => Array.from({ length: n }, (_, i) => ({ key: `k${String(i).padStart(4, '0')}`, size }));

describe('spreadOrder', () => {
  it('is a permutation whose prefixes spread over the range', () => {
    for (const n of [0, 1, 2, 7, 8, 100]) expect([...spreadOrder(n)].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    expect(spreadOrder(8).slice(0, 4)).toEqual([0, 4, 2, 6]);
  });
});

describe('pickSample', () => {
  it('takes evenly spaced objects across the listing, not the first keys', () => {
    const s = pickSample(objs(100), { maxObjects: 10, maxBytes: 1e9, maxObjectBytes: 1e6 });
    expect(s.picked.map((o) => o.key)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((i) => `k${String(i).padStart(4, '0')}`));
    expect(s.plannedBytes).toBe(1000);
  });

  it('under a byte budget still covers both ends of the listing', () => {
    const s = pickSample(objs(1000, 1000), { maxObjects: 1000, maxBytes: 4000, maxObjectBytes: 1e6 });
    expect(s.picked.map((o) => o.key)).toEqual(['k0000', 'k0256', 'k0512', 'k0768']);
    expect(s.plannedBytes).toBe(4000);
  });

  it('plans min(size, maxObjectBytes) per object and passes over what does not fit', () => {
    const list = [{ key: 'huge', size: 5e9 }, ...objs(3, 10)];
    const s = pickSample(list, { maxObjects: 10, maxBytes: 100, maxObjectBytes: 1000 });
    expect(s.picked.map((o) => o.key)).toEqual(['k0000', 'k0001', 'k0002']);
    const t = pickSample(list, { maxObjects: 10, maxBytes: 2000, maxObjectBytes: 1000 });
    expect(t.plannedBytes).toBe(1030);
  });
});
