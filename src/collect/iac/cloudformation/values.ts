import { isUnknown, type Known, unknown } from '../../../model/unknown.js';

/**
 * Readers over resolved CloudFormation properties. Each returns `undefined` when the
 * property is absent (so the adapter can settle AWS's default), the value when it has the
 * expected shape, and `unknown(reason)` when it is unresolved or malformed; a malformed
 * value is not one CloudFormation would deploy, so no rule should judge it as if it were.
 */

/** A property assignment that a `__proto__` key cannot turn into a prototype change. */
export function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v);
}

/** A short rendering of a template value for a reason string. */
function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * Follows a path of keys and list indexes. An unknown met on the way is the answer: the
 * whole subtree it stands for is unknown.
 */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let cur = value;
  for (let i = 0; i < path.length; i++) {
    if (cur === undefined || cur === null || isUnknown(cur)) return cur ?? undefined;
    const key = path[i]!;
    if (typeof key === 'number') {
      if (!Array.isArray(cur)) return unknown(`${path.slice(0, i).join('.')} should be a list`);
      cur = cur[key];
    } else {
      if (!isRecord(cur)) return unknown(`${path.slice(0, i).join('.') || 'Properties'} should be a mapping`);
      cur = Object.hasOwn(cur, key) ? cur[key] : undefined;
    }
  }
  return cur;
}

export function asString(v: unknown, what: string): Known<string> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || isUnknown(v)) return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return unknown(`${what} should be text, not ${show(v)}`);
}

/** CloudFormation accepts `true`, `"true"` and `"True"` alike for a boolean property. */
export function asBoolean(v: unknown, what: string): Known<boolean> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean' || isUnknown(v)) return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return unknown(`${what} should be true or false, not ${show(v)}`);
}

/** Numbers arrive as text through parameters (`!Ref Days`), so numeric text counts. */
export function asNumber(v: unknown, what: string): Known<number> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' || isUnknown(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return unknown(`${what} should be a number, not ${show(v)}`);
}

/** A list property, or unknown if it is something else. */
export function asList(v: unknown, what: string): Known<unknown[]> | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v) || isUnknown(v)) return v;
  return unknown(`${what} should be a list, not ${show(v)}`);
}

/**
 * `Tags: [{Key, Value}]` as a record. A tag whose key or value cannot be resolved is left
 * out: the other tags are still facts. The map form some types use is accepted too.
 */
export function tagsOf(v: unknown): Known<Record<string, string>> {
  if (v === undefined || v === null) return {};
  if (isUnknown(v)) return v;
  const out: Record<string, string> = {};
  const add = (key: unknown, value: unknown): void => {
    const k = asString(key, 'tag key');
    const val = asString(value, 'tag value');
    if (typeof k === 'string' && typeof val === 'string') put(out, k, val);
  };
  if (Array.isArray(v)) {
    for (const tag of v) if (isRecord(tag)) add(tag.Key, tag.Value);
    return out;
  }
  if (isRecord(v)) {
    for (const [k, val] of Object.entries(v)) add(k, val);
    return out;
  }
  return unknown(`Tags should be a list, not ${show(v)}`);
}
