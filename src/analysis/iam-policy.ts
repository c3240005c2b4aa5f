import type { PolicyStatement, Principal } from '../model/aws/policy.js';
import { isUnknown, type Known, unknown, type Unknown } from '../model/unknown.js';

/**
 * Reading IAM-style policy documents (bucket and key policies) the way AWS evaluates them,
 * in three-valued logic: `true`, `false`, or `Unknown` when a template left a value
 * unresolved. Every function answers for one statement; callers combine statements.
 */

export type Tri = Known<boolean>;

/** True if any item is true; otherwise the first unknown; otherwise false. */
export function anyTri(items: Iterable<Tri>): Tri {
  let firstUnknown: Unknown | undefined;
  for (const v of items) {
    if (v === true) return true;
    if (isUnknown(v)) firstUnknown ??= v;
  }
  return firstUnknown ?? false;
}

/** Negation; an unknown stays unknown. */
export function notTri(v: Tri): Tri {
  return isUnknown(v) ? v : !v;
}

/** False if any item is false; otherwise the first unknown; otherwise true. */
export function allTri(items: Iterable<Tri>): Tri {
  let firstUnknown: Unknown | undefined;
  for (const v of items) {
    if (v === false) return false;
    if (isUnknown(v)) firstUnknown ??= v;
  }
  return firstUnknown ?? true;
}

// ---------------------------------------------------------------------------------------
// Wildcards. IAM patterns know `*` (any run, including empty) and `?` (one character).

type Token = { star: true } | { star: false; ch: string | null };

function tokens(p: string, ignoreCase: boolean, literal = false): Token[] {
  const s = ignoreCase ? p.toLowerCase() : p;
  return [...s].map((c): Token => (literal ? { star: false, ch: c } : c === '*' ? { star: true } : { star: false, ch: c === '?' ? null : c }));
}

/** A memoised recursion over positions (i, j) of two token lists. */
function solve(m: number, step: (i: number, j: number, rec: (i: number, j: number) => boolean) => boolean): boolean {
  const memo = new Map<number, boolean>();
  const rec = (i: number, j: number): boolean => {
    const k = i * (m + 1) + j;
    let v = memo.get(k);
    if (v === undefined) {
      v = step(i, j, rec);
      memo.set(k, v);
    }
    return v;
  };
  return rec(0, 0);
}

function covers(p: Token[], t: Token[]): boolean {
  return solve(t.length, (i, j, r) => {
    if (i === p.length) return j === t.length;
    const pi = p[i]!;
    if (pi.star) return r(i + 1, j) || (j < t.length && r(i, j + 1));
    if (j === t.length) return false;
    const tj = t[j]!;
    // Only a `*` in the pattern covers a `*` in the target; a `?` covers any one character.
    if (tj.star) return false;
    return (pi.ch === null || (tj.ch !== null && tj.ch === pi.ch)) && r(i + 1, j + 1);
  });
}

const hasWildcard = (s: string) => s.includes('*') || s.includes('?');

/**
 * The answers that need no search, which are most of them in real policies: equal
 * strings, a lone `*`, and two strings without wildcards. Undefined means "search".
 */
function quick(pattern: string, other: string, ignoreCase: boolean, otherLiteral: boolean): boolean | undefined {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const o = ignoreCase ? other.toLowerCase() : other;
  if (p === o) return true;
  if (p === '*') return true;
  if (!hasWildcard(p) && (otherLiteral || !hasWildcard(o))) return false;
  // A pattern that is a literal prefix then `*` covers exactly the strings with that prefix.
  if (p.endsWith('*') && !hasWildcard(p.slice(0, -1)) && (otherLiteral || !hasWildcard(o))) return o.startsWith(p.slice(0, -1));
  return undefined;
}

/** Does `value` (a literal) match `pattern`? Actions compare case-insensitively, ARNs do not. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const q = quick(pattern, value, ignoreCase, true);
  if (q !== undefined) return q;
  return covers(tokens(pattern, ignoreCase), tokens(value, ignoreCase, true));
}

/**
 * Does every string matched by `target` also match `pattern`? Exact for the patterns
 * policies are written with; where it cannot tell it answers false, which callers read as
 * "not shown to cover".
 */
export function patternCovers(pattern: string, target: string, ignoreCase = false): boolean {
  const q = quick(pattern, target, ignoreCase, false);
  if (q !== undefined) return q;
  return covers(tokens(pattern, ignoreCase), tokens(target, ignoreCase));
}

/** Is there a string both patterns match? */
export function patternsOverlap(a: string, b: string, ignoreCase = false): boolean {
  if ((ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b) || a === '*' || b === '*') return true;
  if (!hasWildcard(a) && !hasWildcard(b)) return false;
  const x = tokens(a, ignoreCase);
  const y = tokens(b, ignoreCase);
  return solve(y.length, (i, j, r) => {
    if (i === x.length && j === y.length) return true;
    const xi = x[i];
    const yj = y[j];
    if (xi?.star && (r(i + 1, j) || (j < y.length && r(i, j + 1)))) return true;
    if (yj?.star && (r(i, j + 1) || (i < x.length && r(i + 1, j)))) return true;
    if (!xi || !yj || xi.star || yj.star) return false;
    if (xi.ch !== null && yj.ch !== null && xi.ch !== yj.ch) return false;
    return r(i + 1, j + 1);
  });
}

// ---------------------------------------------------------------------------------------
// Statement parts.

function firstUnknownOf(values: readonly Known<string>[]): Unknown | undefined {
  return values.find(isUnknown);
}

/**
 * Does the statement apply to `action` (e.g. `s3:GetObject`)? `Action` lists what it
 * applies to, `NotAction` everything except what it lists.
 */
export function coversAction(st: PolicyStatement, action: string): Tri {
  const match = (list: Known<string>[]) =>
    list.some((p) => typeof p === 'string' && wildcardMatch(p, action, true));
  if (st.action) {
    if (match(st.action)) return true;
    return firstUnknownOf(st.action) ?? false;
  }
  if (st.notAction) {
    if (match(st.notAction)) return false;
    return firstUnknownOf(st.notAction) ?? true;
  }
  return false;
}

/**
 * Does the statement apply to every resource `target` matches? `target` may be given in
 * several equivalent spellings (an ARN and an IaC reference token for the same bucket):
 * `Resource` needs to cover one of them, `NotResource` must exclude none of them.
 */
export function coversResource(st: PolicyStatement, target: readonly string[]): Tri {
  if (st.resource) {
    const hit = st.resource.some((p) => typeof p === 'string' && target.some((t) => patternCovers(p, t)));
    if (hit) return true;
    return firstUnknownOf(st.resource) ?? false;
  }
  if (st.notResource) {
    const excluded = st.notResource.some((p) => typeof p === 'string' && target.some((t) => patternsOverlap(p, t)));
    if (excluded) return false;
    return firstUnknownOf(st.notResource) ?? true;
  }
  return false;
}

/** Is the principal everyone: `"*"`, or a principal map naming `"*"` (`{"AWS": "*"}`)? */
export function isEveryone(principal: Known<Principal> | undefined): Tri {
  if (principal === undefined) return false;
  if (isUnknown(principal)) return principal;
  if (principal === '*') return true;
  const values = Object.values(principal).flat();
  if (values.includes('*')) return true;
  return firstUnknownOf(values) ?? false;
}

/**
 * Does the statement name everyone as its principal? `NotPrincipal` means everyone except
 * those listed: for an Allow that is everyone, for a Deny it leaves the listed ones out.
 */
export function appliesToEveryone(st: PolicyStatement, effect: 'Allow' | 'Deny'): Tri {
  if (st.notPrincipal !== undefined) return effect === 'Allow';
  return isEveryone(st.principal);
}

export function hasEffect(st: PolicyStatement, effect: 'Allow' | 'Deny'): Tri {
  return isUnknown(st.effect) ? st.effect : st.effect === effect;
}

/**
 * Is the statement a Deny, for everyone, of `action` on every resource `target` matches
 * (before its conditions)? Callers then judge the conditions, which narrow it.
 */
export function deniesEveryone(st: PolicyStatement, action: string, target: readonly string[]): Tri {
  return allTri([hasEffect(st, 'Deny'), appliesToEveryone(st, 'Deny'), coversAction(st, action), coversResource(st, target)]);
}

// ---------------------------------------------------------------------------------------
// Conditions.

export interface ConditionEntry {
  /** As written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** Without `ForAnyValue:` / `ForAllValues:` and `IfExists`, e.g. `StringLike`. */
  base: string;
  qualifier?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
  /** Lower-cased, as IAM compares keys case-insensitively. */
  key: string;
  values: Known<string>[];
}

export function conditionEntries(st: PolicyStatement): ConditionEntry[] {
  const out: ConditionEntry[] = [];
  for (const [operator, keys] of Object.entries(st.condition ?? {})) {
    const m = /^(?:(ForAnyValue|ForAllValues):)?(.*?)(IfExists)?$/.exec(operator)!;
    for (const [key, values] of Object.entries(keys)) {
      const entry: ConditionEntry = { operator, base: m[2]!, ifExists: !!m[3], key: key.toLowerCase(), values };
      if (m[1]) entry.qualifier = m[1] as 'ForAnyValue' | 'ForAllValues';
      out.push(entry);
    }
  }
  return out;
}

/** Condition keys that, with fixed values, keep an Allow to everyone from being public. */
const RESTRICTING_KEYS = new Set([
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
  's3:dataaccesspointarn',
  's3:dataaccesspointaccount',
]);

// Only operators that are false when the key is absent narrow access; IfExists, negated
// operators and ForAllValues all hold for a request that carries no such key.
const RESTRICTING_OPERATORS = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike', 'IpAddress']);

function isFixedValue(key: string, v: string): boolean {
  if (/[*?]|\$\{/.test(v)) return false;
  if (key === 'aws:sourceip') return !/\/0$/.test(v.trim());
  return v.length > 0;
}

/**
 * Does this condition entry limit the statement to known callers or networks, the way S3
 * and IAM Access Analyzer judge "public"? A wildcard, a policy variable or a `/0` network
 * does not.
 */
export function isRestrictingCondition(c: ConditionEntry): Tri {
  if (!RESTRICTING_KEYS.has(c.key)) return false;
  if (c.ifExists || c.qualifier === 'ForAllValues' || !RESTRICTING_OPERATORS.has(c.base)) return false;
  if (c.values.length === 0) return false;
  return allTri(c.values.map((v) => (isUnknown(v) ? v : isFixedValue(c.key, v))));
}

/** Is the statement limited by at least one restricting condition? */
export function isRestricted(st: PolicyStatement): Tri {
  return anyTri(conditionEntries(st).map(isRestrictingCondition));
}

/**
 * Does an Allow statement grant access to everyone? Allow + principal everyone and no
 * condition that pins callers down.
 */
export function grantsEveryone(st: PolicyStatement): Tri {
  return allTri([hasEffect(st, 'Allow'), appliesToEveryone(st, 'Allow'), notTri(isRestricted(st))]);
}

/** Values of a condition entry, compared as booleans (`"false"`, `"False"`). */
export function boolValues(values: Known<string>[]): Known<boolean[]> {
  const u = firstUnknownOf(values);
  if (u) return u;
  const out: boolean[] = [];
  for (const v of values as string[]) {
    const s = v.trim().toLowerCase();
    if (s === 'true') out.push(true);
    else if (s === 'false') out.push(false);
    else return unknown(`condition value "${v}" is not a boolean`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Identity policies: what a statement grants, and whether it asks for MFA.

/** How a statement names what it applies to, for evidence: `Resource ["*"]`, `NotAction [...]`. */
export function describeList(name: string, list: readonly Known<string>[] | undefined): string | undefined {
  if (!list) return undefined;
  return `${name} ${JSON.stringify(list.map((v) => (isUnknown(v) ? `<unknown: ${v.$unknown}>` : v)))}`;
}

/**
 * Does the statement apply to at least one resource that one of `target`'s spellings
 * matches (an object of a bucket, say)? Unlike `coversResource` it answers "some", not
 * "all": a grant on `bucket/reports/*` does reach the bucket's objects.
 */
export function touchesResource(st: PolicyStatement, target: readonly string[]): Tri {
  if (st.resource) {
    const hit = st.resource.some((p) => typeof p === 'string' && target.some((t) => patternsOverlap(p, t)));
    if (hit) return true;
    return firstUnknownOf(st.resource) ?? false;
  }
  if (st.notResource) {
    // Only an exclusion that swallows every spelling of the target keeps it out.
    const excluded = st.notResource.some((p) => typeof p === 'string' && target.every((t) => patternCovers(p, t)));
    if (excluded) return false;
    return firstUnknownOf(st.notResource) ?? true;
  }
  return false;
}

const isTrue = (v: Known<string>) => typeof v === 'string' && v.trim().toLowerCase() === 'true';
const isFalse = (v: Known<string>) => typeof v === 'string' && v.trim().toLowerCase() === 'false';

/**
 * Does an Allow statement's own condition require an MFA-authenticated session? `Bool`
 * (not `BoolIfExists`, which long-term access keys pass because they carry no such key)
 * `aws:MultiFactorAuthPresent` true, a `NumericLessThan[Equals]` on
 * `aws:MultiFactorAuthAge`, or `Null` false on either key.
 */
export function allowRequiresMfa(st: PolicyStatement): Tri {
  const verdicts: Tri[] = conditionEntries(st).map((c): Tri => {
    if (c.qualifier || c.ifExists) return false;
    if (c.key === 'aws:multifactorauthpresent' && c.base === 'Bool') return c.values.length > 0 && c.values.every(isTrue) ? true : firstUnknownOf(c.values) ?? false;
    if (c.key === 'aws:multifactorauthage' && (c.base === 'NumericLessThan' || c.base === 'NumericLessThanEquals')) return c.values.length > 0;
    if ((c.key === 'aws:multifactorauthage' || c.key === 'aws:multifactorauthpresent') && c.base === 'Null') {
      return c.values.length > 0 && c.values.every(isFalse) ? true : firstUnknownOf(c.values) ?? false;
    }
    return false;
  });
  return anyTri(verdicts);
}

/**
 * Is a Deny statement the "deny unless signed in with MFA" guard? `BoolIfExists`
 * `aws:MultiFactorAuthPresent` false (denies access keys too), or `Null` true on it or on
 * `aws:MultiFactorAuthAge`. A plain `Bool` false is not: a request made with a long-term
 * access key carries no such key, so that Deny never applies to it.
 */
export function denyWithoutMfa(st: PolicyStatement): Tri {
  const entries = conditionEntries(st);
  // Another condition beside it could keep the Deny from applying at all.
  if (entries.length !== 1) return false;
  const c = entries[0]!;
  if (c.qualifier) return false;
  const all = (pred: (v: Known<string>) => boolean): Tri =>
    c.values.length > 0 && c.values.every(pred) ? true : firstUnknownOf(c.values) ?? false;
  if (c.key === 'aws:multifactorauthpresent' && c.base === 'Bool' && c.ifExists) return all(isFalse);
  if ((c.key === 'aws:multifactorauthpresent' || c.key === 'aws:multifactorauthage') && c.base === 'Null' && !c.ifExists) return all(isTrue);
  return false;
}

/** The actions of a statement's `Action` list that name every action of one service (`s3:*`). */
export function serviceWildcards(st: PolicyStatement): string[] {
  return (st.action ?? []).filter((a): a is string => typeof a === 'string' && /^[a-z0-9-]+:\*$/i.test(a.trim()));
}

/** Is the statement an Allow of every action on every resource (`"*"` / `"*:*"` on `"*"`)? */
export function allowsAdminStarStar(st: PolicyStatement): Tri {
  const star = (list: Known<string>[] | undefined): Tri =>
    list ? anyTri(list.map((v) => (isUnknown(v) ? v : v.trim() === '*' || v.trim() === '*:*'))) : false;
  return allTri([hasEffect(st, 'Allow'), star(st.action), star(st.resource)]);
}
