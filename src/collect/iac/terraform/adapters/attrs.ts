import { normalizePolicy, type PolicyDocument } from '../../../../model/aws/policy.js';
import { isIacRef } from '../../../../model/refs.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs } from '../types.js';

/**
 * Readers for Terraform arguments. "Absent" (undefined or null, as Terraform treats an
 * argument set to null) gives the provider's default, which the caller states; an unknown
 * stays unknown; a value of the wrong type is unknown rather than coerced into a guess.
 */
export function str(v: unknown, dflt: string, what: string): Known<string>;
export function str(v: unknown, dflt: null, what: string): Known<string | null>;
export function str(v: unknown, dflt: string | null, what: string): Known<string | null> {
  if (v === undefined || v === null) return dflt;
  if (isUnknown(v)) return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return unknown(`${what} is not a string`);
}

/** Like `str`, but an empty string also means "not set", as the provider reads it. */
export function optStr(v: unknown, what: string): Known<string | null> {
  const s = str(v, null, what);
  return s === '' ? null : s;
}

export function bool(v: unknown, dflt: boolean, what: string): Known<boolean> {
  if (v === undefined || v === null) return dflt;
  if (isUnknown(v)) return v;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  return unknown(`${what} is not a boolean`);
}

export function num(v: unknown, dflt: number | null, what: string): Known<number | null> {
  if (v === undefined || v === null) return dflt;
  if (isUnknown(v)) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return unknown(`${what} is not a number`);
}

/** Blocks come as arrays of objects; an unknown stands for the whole list. */
export function blocks(v: unknown, what: string): Known<Attrs[]> {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  const list = Array.isArray(v) ? v : [v];
  for (const b of list) {
    if (isUnknown(b)) return b;
    if (!b || typeof b !== 'object' || Array.isArray(b)) return unknown(`${what} is not a block`);
  }
  return list as Attrs[];
}

/** The first block of a kind (most are limited to one), undefined when there is none. */
export function block(v: unknown, what: string): Known<Attrs> | undefined {
  const list = blocks(v, what);
  return isUnknown(list) ? list : list[0];
}

/** A list of strings, each known or not. */
export function strings(v: unknown, what: string): Known<Known<string>[]> | undefined {
  if (v === undefined || v === null) return undefined;
  if (isUnknown(v)) return v;
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (isUnknown(x) ? x : typeof x === 'string' ? x : unknown(`${what} holds a value that is not a string`)));
}

function hasUnknownWhereLost(doc: unknown): string | undefined {
  if (!doc || typeof doc !== 'object') return undefined;
  const stmts = (doc as { Statement?: unknown }).Statement;
  for (const st of Array.isArray(stmts) ? stmts : stmts ? [stmts] : []) {
    if (isUnknown(st)) return st.$unknown;
    const cond = (st as { Condition?: unknown } | null)?.Condition;
    if (isUnknown(cond)) return cond.$unknown;
    if (cond && typeof cond === 'object') {
      for (const inner of Object.values(cond)) if (isUnknown(inner)) return inner.$unknown;
    }
  }
  return undefined;
}

/**
 * A policy argument: JSON text (literal, heredoc, `jsonencode`, or a plan value) or an
 * object. Unknown leaves survive as unknowns; where the shared normalizer could not carry
 * one (a whole statement or condition block), the policy as a whole is unknown.
 */
export function policy(v: unknown): Known<PolicyDocument | null> {
  if (v === undefined || v === null || v === '') return null;
  if (isUnknown(v)) return v;
  let doc: unknown = v;
  if (typeof v === 'string') {
    try {
      doc = JSON.parse(v);
    } catch {
      return unknown('policy document is not valid JSON');
    }
  }
  const lost = hasUnknownWhereLost(doc);
  if (lost !== undefined) return unknown(lost);
  return normalizePolicy(doc);
}

/** Resource tags: `tags_all` (provider default tags merged) when known, else `tags`. */
export function tags(attrs: Attrs): Known<Record<string, string>> {
  const v = attrs.tags_all !== undefined && attrs.tags_all !== null ? attrs.tags_all : attrs.tags;
  if (v === undefined || v === null) return {};
  if (isUnknown(v)) return v;
  if (typeof v !== 'object' || Array.isArray(v)) return unknown('tags is not a map');
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null) continue;
    if (isUnknown(x)) return unknown(`tag ${k}: ${x.$unknown}`);
    out[k] = typeof x === 'string' ? x : String(x);
  }
  return out;
}

/** A literal name usable as an identifier (not a token, not unknown). */
export function literalName(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && !isIacRef(v) ? v : undefined;
}
