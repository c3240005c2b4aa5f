import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asNumber, asString, at, isRecord } from '../values.js';

/** Helpers the edge adapters share on top of `values.ts`. */

/** Each item of a list property, or unknown for the whole list; absent is `[]`. */
export function listOf<T>(v: unknown, what: string, read: (item: unknown, i: number) => T): Known<T[]> {
  const list = asList(v, what);
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  return list.map(read);
}

/** Text items of a list; an unresolvable item stays unknown on its own. */
export function stringsOf(v: unknown, what: string): Known<Known<string>[]> {
  return listOf(v, what, (x, i) => asString(x, `${what}[${i}]`) ?? unknown(`${what}[${i}] is empty`));
}

/** `[{Key, Value}]` attribute lists as a record of known values, or the unknown that hides one. */
export function keyValues(v: unknown, what: string, key = 'Key', value = 'Value'): Known<Record<string, Known<string>>> {
  const list = asList(v, what);
  if (list === undefined) return {};
  if (isUnknown(list)) return list;
  const out: Record<string, Known<string>> = {};
  for (const item of list) {
    if (!isRecord(item)) return unknown(`${what} should hold mappings`);
    const k = asString(item[key], `${what} ${key}`);
    // An attribute whose name cannot be resolved could be any of them.
    if (k === undefined || isUnknown(k)) return unknown(`${what} has an attribute whose ${key} cannot be resolved`);
    out[k] = asString(item[value], `${what} ${k}`) ?? '';
  }
  return out;
}

/** A boolean attribute kept as text (`"true"`), with its default when absent. */
export function attrBool(attrs: Known<Record<string, Known<string>>>, key: string, dflt: boolean): Known<boolean> {
  if (isUnknown(attrs)) return attrs;
  const v = attrs[key];
  if (v === undefined) return dflt;
  return asBoolean(v, key) ?? dflt;
}

export const str = (p: unknown, key: string, dflt: string): Known<string> => asString(at(p, key), key) ?? dflt;
export const optStr = (p: unknown, key: string): Known<string | null> => asString(at(p, key), key) ?? null;
export const bool = (p: unknown, key: string, dflt: boolean): Known<boolean> => asBoolean(at(p, key), key) ?? dflt;
export const optNum = (p: unknown, key: string): Known<number | null> => asNumber(at(p, key), key) ?? null;
