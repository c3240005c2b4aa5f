/**
 * A value a source cannot know: an unresolved Terraform variable, a setting IaC does not
 * describe, a call that was denied. It is a plain object so an inventory survives JSON.
 * Rules never treat it as a default; they turn it into `not_assessed` with its reason.
 */
export interface Unknown {
  readonly $unknown: string;
}

/** A property that is either known, or unknown with a reason. */
export type Known<T> = T | Unknown;

export function unknown(reason: string): Unknown {
  return { $unknown: reason };
}

export function isUnknown(value: unknown): value is Unknown {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $unknown?: unknown }).$unknown === 'string'
  );
}

/** The first unknown found while walking a value, for reporting why a rule could not decide. */
export function findUnknown(value: unknown, depth = 0): Unknown | undefined {
  if (isUnknown(value)) return value;
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    const u = findUnknown(v, depth + 1);
    if (u) return u;
  }
  return undefined;
}
