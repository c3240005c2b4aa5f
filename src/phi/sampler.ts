import type { ListedObject } from './types.js';

export interface SampleBudget {
  maxObjects: number;
  maxBytes: number;
  maxObjectBytes: number;
}

export interface Sample {
  picked: ListedObject[];
  /** Sum over the picked objects of min(size, maxObjectBytes): the most we will read. */
  plannedBytes: number;
}

/** Bytes a ranged read of this object transfers at most. */
export function plannedRead(obj: ListedObject, maxObjectBytes: number): number {
  return Math.min(obj.size, maxObjectBytes);
}

/**
 * Indices 0..n-1 in an order where every prefix is spread evenly over the range
 * (0, n/2, n/4, 3n/4, … — the van der Corput sequence), so stopping early for the byte budget
 * still covers the whole listing rather than its first keys.
 */
export function spreadOrder(n: number): number[] {
  if (n <= 0) return [];
  let bits = 0;
  while (1 << bits < n) bits++;
  const out: number[] = [];
  for (let i = 0; i < 1 << bits; i++) {
    let r = 0;
    for (let b = 0; b < bits; b++) if (i & (1 << b)) r |= 1 << (bits - 1 - b);
    if (r < n) out.push(r);
  }
  return out;
}

/**
 * Picks at most `maxObjects` objects, spread evenly across the listing, whose planned reads
 * fit in `maxBytes`. The result keeps listing order (stable output, reproducible runs).
 * Objects that do not fit are passed over, so a few huge objects cannot starve the rest.
 */
export function pickSample(objects: readonly ListedObject[], budget: SampleBudget): Sample {
  const n = objects.length;
  const k = Math.min(n, Math.max(0, budget.maxObjects));
  // First thin the listing to k evenly spaced candidates, then visit them in spread order.
  const candidates = Array.from({ length: k }, (_, i) => Math.floor((i * n) / k));
  const chosen: number[] = [];
  let plannedBytes = 0;
  for (const c of spreadOrder(k)) {
    const idx = candidates[c]!;
    const bytes = plannedRead(objects[idx]!, budget.maxObjectBytes);
    if (plannedBytes + bytes > budget.maxBytes) continue;
    plannedBytes += bytes;
    chosen.push(idx);
  }
  chosen.sort((a, b) => a - b);
  return { picked: chosen.map((i) => objects[i]!), plannedBytes };
}
