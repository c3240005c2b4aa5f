import { describe, expect, it } from 'vitest';
import { createLimiter, forEachLimit } from './pool.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createLimiter', () => {
  it('never runs more than n at once, and runs them all in order of arrival', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        limit(async () => {
          started.push(i);
          peak = Math.max(peak, ++active);
          await tick();
          active--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('frees the slot of a task that fails', async () => {
    const limit = createLimiter(1);
    await expect(limit(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});

describe('forEachLimit', () => {
  it('visits every item with at most n in flight', async () => {
    let active = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      peak = Math.max(peak, ++active);
      await tick();
      seen.push(n);
      active--;
    });
    expect(peak).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('rejects with the first failure once the running work has finished', async () => {
    const done: number[] = [];
    await expect(
      forEachLimit([1, 2, 3], 2, async (n) => {
        await tick();
        if (n === 1) throw new Error('first');
        done.push(n);
      }),
    ).rejects.toThrow('first');
    expect(done).toEqual([2]);
  });

  it('does nothing for no items', async () => {
    await expect(forEachLimit([], 4, async () => {})).resolves.toBeUndefined();
  });
});
