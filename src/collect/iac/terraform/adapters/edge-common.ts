import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { blocks } from './attrs.js';
import { RefIndex, tokenOf } from './common.js';

/** Helpers the edge adapters share on top of `attrs.ts` and `common.ts`. */

/** Props with every field unknown, for an instance whose existence Terraform cannot settle. */
export function allUnknown<P extends object>(reason: string, keys: readonly (keyof P)[]): P {
  const u = unknown(reason);
  return Object.fromEntries(keys.map((k) => [k, u])) as P;
}

/** Each block of a kind read by `read`, or the unknown that stands for the whole list. */
export function eachBlock<T>(v: unknown, what: string, read: (b: Record<string, unknown>, i: number) => T): Known<T[]> {
  const list = blocks(v, what);
  return isUnknown(list) ? list : list.map(read);
}

/** An index of declared resources by their token and extra refs, to join resources that name them. */
export function indexOf<T>(items: readonly Declared[], value: (d: Declared, i: number) => T, extra: (d: Declared) => string[] = () => []): RefIndex<T> {
  const index = new RefIndex<T>();
  items.forEach((d, i) => index.add([tokenOf(d), ...(d.extraRefs ?? []), ...extra(d)], value(d, i)));
  return index;
}

/** The reason a joined resource that may not exist makes the value it sets unknown. */
export const mayNotExist = (d: Declared): string | undefined => d.unknownReason;
