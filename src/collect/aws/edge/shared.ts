import type { Outcome } from '../caller.js';
import { type Known, unknown } from '../../../model/unknown.js';

/** Splits a list into batches, for APIs that take at most `size` names a call. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `[{Key, Value}]` attribute lists (ELB, ELBv2) as a record. */
export function attributeMap(attrs: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of attrs ?? []) if (a.Key !== undefined) out[a.Key] = a.Value ?? '';
  return out;
}

/** A value read out of an outcome, or the failure's reason for every value it would have given. */
export function from<O, T>(outcome: Outcome<O>, read: (value: O) => Known<T>): Known<T> {
  return outcome.ok ? read(outcome.value) : unknown(outcome.failure.reason);
}

export function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}
