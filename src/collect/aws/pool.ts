/**
 * Bounded concurrency. Collectors list thousands of buckets or log groups; without a bound
 * every per-resource call would be in flight at once and the account's API rate limits
 * would turn the scan into a storm of throttling retries.
 */

/** Runs at most `n` of the functions handed to it at a time, in the order they were given. */
export type Limiter = <T>(fn: () => Promise<T>) => Promise<T>;

export function createLimiter(n: number): Limiter {
  const size = Math.max(1, Math.floor(n));
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    // A finishing task hands its slot straight to the next waiter, so a newcomer arriving
    // in between cannot overtake the queue and push the count past the bound.
    if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/**
 * Calls `fn` for every item with at most `n` running at once, and resolves when all are
 * done. A rejection from `fn` rejects the whole run (callers turn expected failures into
 * values first), but only after the workers already started have finished.
 */
export async function forEachLimit<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const item = items[next++] as T;
      try {
        await fn(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Array.from({ length: Math.min(Math.max(1, Math.floor(n)), items.length) }, worker);
  await Promise.all(workers);
  if (failure) throw failure.error;
}
