import { isIacRef } from '../../../../model/refs.js';
import { isUnknown, type Unknown, unknown } from '../../../../model/unknown.js';
import { finalize, isObject, ModuleRef, ResourceRef, toStr, type Val, type ValObject } from './values.js';

/**
 * The Terraform functions a compliance reading needs: building policies (`jsonencode`),
 * tags (`merge`), and the conversions that wrap them. Every other function makes the value
 * unknown; guessing what `templatefile` or `cidrsubnet` returns is not an option.
 */
type Fn = (args: Val[]) => Val;

function str(v: Val, fn: string): string | Unknown {
  return toStr(v, `argument of ${fn}()`);
}

function list(v: Val, fn: string): Val[] | Unknown {
  if (isUnknown(v)) return v;
  return Array.isArray(v) ? v : unknown(`argument of ${fn}() is not a list`);
}

function map(v: Val, fn: string): ValObject | Unknown {
  if (isUnknown(v)) return v;
  return isObject(v) ? v : unknown(`argument of ${fn}() is not a map`);
}

const FUNCTIONS: Record<string, Fn> = {
  /**
   * The JSON text keeps an unresolved leaf as `{"$unknown": reason}`: parsed again by the
   * adapter it is an unknown once more, so one unresolved ARN does not hide a whole policy.
   */
  jsonencode: ([v]) => (v === undefined ? unknown('jsonencode() needs an argument') : isUnknown(v) ? v : JSON.stringify(finalize(v))),
  merge: (args) => {
    const out: ValObject = {};
    for (const a of args) {
      if (a === null) continue;
      const m = map(a, 'merge');
      if (isUnknown(m)) return m;
      Object.assign(out, m);
    }
    return out;
  },
  concat: (args) => {
    const out: Val[] = [];
    for (const a of args) {
      const l = list(a, 'concat');
      if (isUnknown(l)) return l;
      out.push(...l);
    }
    return out;
  },
  tolist: ([v]) => list(v ?? null, 'tolist'),
  toset: ([v]) => {
    const l = list(v ?? null, 'toset');
    if (isUnknown(l)) return l;
    if (!l.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) {
      return unknown('toset() of non-primitive values is not evaluated');
    }
    // Terraform iterates a set of strings in lexical order.
    return [...new Set(l as (string | number | boolean)[])].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  },
  tomap: ([v]) => map(v ?? null, 'tomap'),
  tostring: ([v]) => (v === null ? null : str(v ?? null, 'tostring')),
  tonumber: ([v]) => {
    if (v === null || typeof v === 'number' || isUnknown(v)) return v ?? null;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : unknown(`tonumber(${JSON.stringify(finalize(v ?? null))}) is not a number`);
  },
  tobool: ([v]) => {
    if (v === null || typeof v === 'boolean' || isUnknown(v)) return v ?? null;
    return v === 'true' ? true : v === 'false' ? false : unknown('tobool() of a non-boolean');
  },
  lower: ([v]) => {
    const s = str(v ?? null, 'lower');
    return isUnknown(s) ? s : isIacRef(s) ? unknown(`lower() of ${s}, known only after apply`) : s.toLowerCase();
  },
  upper: ([v]) => {
    const s = str(v ?? null, 'upper');
    return isUnknown(s) ? s : isIacRef(s) ? unknown(`upper() of ${s}, known only after apply`) : s.toUpperCase();
  },
  join: ([sep, l]) => {
    const s = str(sep ?? null, 'join');
    const items = list(l ?? null, 'join');
    if (isUnknown(s)) return s;
    if (isUnknown(items)) return items;
    const parts: string[] = [];
    for (const x of items) {
      const p = str(x, 'join');
      if (isUnknown(p)) return p;
      parts.push(p);
    }
    return parts.join(s);
  },
  lookup: ([m, k, d]) => {
    const obj = map(m ?? null, 'lookup');
    const key = str(k ?? null, 'lookup');
    if (isUnknown(obj)) return obj;
    if (isUnknown(key)) return key;
    const hit = obj[key];
    if (hit !== undefined) return hit;
    return d === undefined ? unknown(`lookup() found no key ${JSON.stringify(key)}`) : d;
  },
  keys: ([m]) => {
    const obj = map(m ?? null, 'keys');
    return isUnknown(obj) ? obj : Object.keys(obj).sort();
  },
  values: ([m]) => {
    const obj = map(m ?? null, 'values');
    return isUnknown(obj) ? obj : Object.keys(obj).sort().map((k) => obj[k] as Val);
  },
  length: ([v]) => {
    if (v === undefined || v === null) return unknown('length() of null');
    if (isUnknown(v)) return v;
    if (typeof v === 'string') return isIacRef(v) ? unknown(`length() of ${v}, known only after apply`) : [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    return unknown('length() of a value that has none');
  },
  coalesce: (args) => {
    for (const a of args) {
      if (isUnknown(a)) return a;
      if (a !== null && a !== '') return a;
    }
    return unknown('coalesce() found no non-empty argument');
  },
};

/** Calls a supported function, or says it is not evaluated. */
export function callFunction(name: string, args: Val[], text: string): Val {
  const fn = FUNCTIONS[name];
  if (!fn) return unknown(`${text} is not evaluated`);
  for (const a of args) if (a instanceof ModuleRef) return unknown(`${a.address} is a whole module, not a value`);
  const plain = args.map((a) => (a instanceof ResourceRef ? a.token : a));
  return fn(plain);
}
