import { isUnknown, type Known, unknown } from '../unknown.js';

/**
 * An IAM-style policy document (bucket policy, key policy), normalized so every list field
 * is an array and keys are camelCase. Values a template could not resolve stay `unknown`.
 */
export interface PolicyDocument {
  version?: string;
  statements: PolicyStatement[];
}

export type Principal = '*' | Record<string, Known<string>[]>;

export interface PolicyStatement {
  sid?: string;
  effect: Known<'Allow' | 'Deny'>;
  principal?: Known<Principal>;
  notPrincipal?: Known<Principal>;
  action?: Known<string>[];
  notAction?: Known<string>[];
  resource?: Known<string>[];
  notResource?: Known<string>[];
  /** operator → condition key (lower-cased, as IAM compares keys case-insensitively) → values */
  condition?: Record<string, Record<string, Known<string>[]>>;
}

function list(v: unknown): Known<string>[] {
  const items = Array.isArray(v) ? v : [v];
  return items.map((x) => (isUnknown(x) ? x : typeof x === 'string' ? x : String(x)));
}

function principal(v: unknown): Known<Principal> {
  if (isUnknown(v)) return v;
  if (v === '*') return '*';
  if (v && typeof v === 'object') {
    const out: Record<string, Known<string>[]> = {};
    for (const [k, vals] of Object.entries(v)) out[k] = list(vals);
    return out;
  }
  return unknown(`unrecognised principal ${JSON.stringify(v)}`);
}

/**
 * Accepts the raw JSON shape AWS uses (a string or an object, `Statement` as object or
 * array) from any source and returns the normalized document, or `unknown` when the input
 * is not a policy at all.
 */
export function normalizePolicy(raw: unknown): Known<PolicyDocument | null> {
  if (raw === undefined || raw === null || raw === '') return null;
  if (isUnknown(raw)) return raw;
  let doc: unknown = raw;
  if (typeof raw === 'string') {
    try {
      doc = JSON.parse(raw);
    } catch {
      return unknown('policy document is not valid JSON');
    }
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return unknown('policy document is not an object');
  const d = doc as Record<string, unknown>;
  const rawStatements = d.Statement;
  if (isUnknown(rawStatements)) return rawStatements;
  const rawList = Array.isArray(rawStatements) ? rawStatements : rawStatements ? [rawStatements] : [];
  for (const s of rawList) {
    // A statement whose whole Condition block is unresolved could narrow or widen anything:
    // the policy as a whole cannot be judged.
    const cond = (s as Record<string, unknown> | null)?.Condition;
    if (isUnknown(cond)) return unknown(`policy condition is unresolved: ${cond.$unknown}`);
    if (isUnknown(s)) return s;
  }
  const statements = rawList.map(
    (s): PolicyStatement => {
      const st = (s ?? {}) as Record<string, unknown>;
      const out: PolicyStatement = {
        effect: isUnknown(st.Effect)
          ? st.Effect
          : st.Effect === 'Allow' || st.Effect === 'Deny'
            ? st.Effect
            : unknown(`unrecognised Effect ${JSON.stringify(st.Effect)}`),
      };
      if (typeof st.Sid === 'string') out.sid = st.Sid;
      if (st.Principal !== undefined) out.principal = principal(st.Principal);
      if (st.NotPrincipal !== undefined) out.notPrincipal = principal(st.NotPrincipal);
      if (st.Action !== undefined) out.action = list(st.Action);
      if (st.NotAction !== undefined) out.notAction = list(st.NotAction);
      if (st.Resource !== undefined) out.resource = list(st.Resource);
      if (st.NotResource !== undefined) out.notResource = list(st.NotResource);
      if (st.Condition && typeof st.Condition === 'object' && !isUnknown(st.Condition)) {
        const cond: Record<string, Record<string, Known<string>[]>> = {};
        for (const [op, kv] of Object.entries(st.Condition as Record<string, unknown>)) {
          if (!kv || typeof kv !== 'object') continue;
          const inner: Record<string, Known<string>[]> = {};
          for (const [k, vals] of Object.entries(kv as Record<string, unknown>)) inner[k.toLowerCase()] = list(vals);
          cond[op] = inner;
        }
        out.condition = cond;
      }
      return out;
    },
  );
  const result: PolicyDocument = { statements };
  if (typeof d.Version === 'string') result.version = d.Version;
  return result;
}
