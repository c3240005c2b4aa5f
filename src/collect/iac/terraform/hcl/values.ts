import { iacRef } from '../../../../model/refs.js';
import { isUnknown, type Unknown, unknown } from '../../../../model/unknown.js';

/** How many instances a resource or module call has, once `count` / `for_each` are evaluated. */
export type Expansion =
  | { kind: 'single' }
  | { kind: 'count'; count: number }
  | { kind: 'for_each'; entries: [string, Val][] }
  | { kind: 'unknown'; reason: Unknown };

/**
 * A reference to a resource of a module instance (`aws_kms_key.phi`, or one instance of it,
 * `aws_kms_key.phi[0]`). Reading any attribute of it yields its reference token.
 */
export class ResourceRef {
  constructor(
    readonly scope: string,
    readonly address: string,
    /** Set while an instance must still be chosen by index (`count` / `for_each`). */
    readonly pending?: Expansion,
  ) {}

  get token(): string {
    return iacRef(this.scope, this.address);
  }
}

/** A module call (`module.app`) or one of its instances; its attributes are outputs. */
export class ModuleRef {
  constructor(
    readonly address: string,
    readonly output: (name: string) => Val,
    readonly instance?: (key: string | number) => ModuleRef | Unknown,
  ) {}
}

export type Val =
  | string
  | number
  | boolean
  | null
  | Unknown
  | ResourceRef
  | ModuleRef
  | Val[]
  | { [key: string]: Val };

export type ValObject = { [key: string]: Val };

export function isObject(v: Val): v is ValObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v) && !(v instanceof ResourceRef) && !(v instanceof ModuleRef);
}

/** Terraform's string conversion, used in templates and where a string is required. */
export function toStr(v: Val, what: string): string | Unknown {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isUnknown(v)) return v;
  if (v instanceof ResourceRef) return v.token;
  if (v === null) return unknown(`${what} is null`);
  return unknown(`${what} is not a string`);
}

/**
 * What leaves the evaluator: plain JSON-like values where unknowns stay `{ $unknown }` and
 * resource references become their tokens, so adapters never see evaluator types.
 */
export function finalize(v: Val): unknown {
  if (v instanceof ResourceRef) return v.token;
  if (v instanceof ModuleRef) return unknown(`${v.address} is a whole module, not a value`);
  if (Array.isArray(v)) return v.map(finalize);
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = finalize(x);
    return out;
  }
  return v;
}
