import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { literalName, str, strings } from './attrs.js';
import { RefIndex, tokenOf } from './common.js';

/** Props where every value is unknown for one reason (a resource whose instances cannot be told). */
export function allUnknown<P>(keys: readonly (keyof P)[], reason: string): P {
  const u = unknown(reason);
  return Object.fromEntries(keys.map((k) => [k, u])) as P;
}

/** A required string argument. */
export function required(v: unknown, what: string): Known<string> {
  return str(v, null, what) ?? unknown(`${what} is required but not set`);
}

/** A list of strings, `[]` when absent; an unknown element makes the whole list unknown. */
export function stringList(v: unknown, what: string): Known<string[]> {
  const list = strings(v, what);
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  const u = list.find(isUnknown);
  return u ?? (list as string[]);
}

/**
 * Indexes resources by their token, plan refs and literal names, for the split resources
 * (`aws_lambda_permission`, `aws_secretsmanager_secret_rotation`) that name them.
 */
export function indexOf(list: readonly Declared[], names: (d: Declared) => unknown[] = () => []): RefIndex<number> {
  const index = new RefIndex<number>();
  list.forEach((d, i) => {
    const literal = names(d).map(literalName).filter((n): n is string => n !== undefined);
    index.add([tokenOf(d), ...(d.extraRefs ?? []), ...literal], i);
  });
  return index;
}
