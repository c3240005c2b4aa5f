import { isIacRef } from '../../../../model/refs.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { IAC_LIMITS } from '../../limits.js';
import type { ExpressionTable } from './expressions.js';
import { callFunction } from './functions.js';
import type { Expr, Step } from './ir.js';
import { isObject, ModuleRef, ResourceRef, toStr, type Val, type ValObject } from './values.js';

/** What an expression can name: the module instance it is written in. */
export interface Scope {
  readonly table: ExpressionTable;
  variable(name: string): Val;
  local(name: string): Val;
  /** `aws_kms_key.phi` → a reference, or unknown when no such resource is declared. */
  resource(type: string, name: string): Val;
  module(name: string): Val;
  path(kind: string): Val;
}

/** Names bound around an expression: `count`, `each`, dynamic-block iterators. */
export type Env = Readonly<Record<string, Val>>;

export interface Ctx {
  scope: Scope;
  env: Env;
}

export class Evaluator {
  private depth = 0;

  /** A raw hcl2json value: strings are templates, arrays and objects hold more of them. */
  raw(v: unknown, ctx: Ctx): Val {
    return this.guard(() => this.rawValue(v, ctx));
  }

  expr(e: Expr, ctx: Ctx): Val {
    return this.guard(() => this.eval(e, ctx));
  }

  /** Hostile input can nest without end; past the limit a value is unknown instead of a stack overflow. */
  private guard(f: () => Val): Val {
    if (this.depth >= IAC_LIMITS.maxDepth) return unknown('expression nests too deeply to evaluate');
    this.depth++;
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private rawValue(v: unknown, ctx: Ctx): Val {
    if (typeof v === 'string') return this.expr(ctx.scope.table.get(v), ctx);
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
    if (Array.isArray(v)) return v.map((x) => this.raw(x, ctx));
    if (typeof v === 'object') {
      const out: ValObject = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const key = k.includes('${') ? toStr(this.raw(k, ctx), 'map key') : k;
        if (isUnknown(key)) return key;
        out[key] = this.raw(x, ctx);
      }
      return out;
    }
    return unknown('unrecognised value');
  }

  private eval(e: Expr, ctx: Ctx): Val {
    switch (e.k) {
      case 'lit':
        return e.v;
      case 'tpl': {
        let out = '';
        for (const p of e.parts) {
          const s = toStr(this.expr(p, ctx), 'interpolated value');
          if (isUnknown(s)) return s;
          out += s;
        }
        return out;
      }
      case 'trav':
        return this.traversal(e, ctx);
      case 'rel':
        return this.steps(this.expr(e.source, ctx), e.steps, ctx, e.text);
      case 'index':
        return this.step(this.expr(e.coll, ctx), { index: e.key }, ctx, e.text);
      case 'tuple':
        return e.items.map((x) => this.expr(x, ctx));
      case 'object': {
        const out: ValObject = {};
        for (const [ke, ve] of e.items) {
          const key = toStr(this.expr(ke, ctx), 'object key');
          if (isUnknown(key)) return key;
          out[key] = this.expr(ve, ctx);
        }
        return out;
      }
      case 'call': {
        const args = e.args.map((a) => this.expr(a, ctx));
        if (e.expand) {
          const last = args.pop();
          if (isUnknown(last)) return last;
          if (!Array.isArray(last)) return unknown(`${e.text}: expanded argument is not a list`);
          args.push(...last);
        }
        return callFunction(e.name, args, e.text);
      }
      case 'cond': {
        const c = this.expr(e.c, ctx);
        if (isUnknown(c)) return c;
        if (typeof c !== 'boolean') return unknown('condition is not a boolean');
        return this.expr(c ? e.t : e.f, ctx);
      }
      case 'unary': {
        const v = this.expr(e.v, ctx);
        if (isUnknown(v)) return v;
        if (e.op === 'negate' && typeof v === 'number') return -v;
        if (e.op === 'logicalNot' && typeof v === 'boolean') return !v;
        return unknown(`${e.text} is not evaluated`);
      }
      case 'binary':
        return binary(e.op, this.expr(e.l, ctx), this.expr(e.r, ctx), e.text);
      case 'unsupported':
        return unknown(`${e.text} is not evaluated`);
      case 'raw':
        return this.raw(e.v, ctx);
    }
  }

  /** `var.x`, `local.x`, `module.m.out`, `aws_kms_key.phi.arn`, iterators from the environment. */
  private traversal(e: Extract<Expr, { k: 'trav' }>, ctx: Ctx): Val {
    const { root, steps, text } = e;
    if (Object.hasOwn(ctx.env, root)) return this.steps(ctx.env[root] as Val, steps, ctx, text);
    const first = steps[0];
    const name = first && 'attr' in first ? first.attr : undefined;
    if (name === undefined) return unknown(`${text} is not evaluated`);
    const rest = steps.slice(1);
    switch (root) {
      case 'var':
        return this.steps(ctx.scope.variable(name), rest, ctx, text);
      case 'local':
        return this.steps(ctx.scope.local(name), rest, ctx, text);
      case 'path':
        return this.steps(ctx.scope.path(name), rest, ctx, text);
      case 'count':
      case 'each':
        return unknown(`${text} is used where there is no ${root === 'count' ? 'count' : 'for_each'}`);
      case 'data': {
        const second = steps[1];
        return unknown(`data.${name}.${second && 'attr' in second ? second.attr : ''} is not evaluated`);
      }
      case 'module':
        return this.steps(ctx.scope.module(name), rest, ctx, text);
      case 'terraform':
      case 'self':
        return unknown(`${text} is not evaluated`);
      default:
        return this.steps(ctx.scope.resource(root, name), rest, ctx, text);
    }
  }

  private steps(v: Val, steps: Step[], ctx: Ctx, text: string): Val {
    let cur = v;
    for (const s of steps) {
      if (isUnknown(cur)) return cur;
      cur = this.step(cur, s, ctx, text);
    }
    return cur;
  }

  private step(v: Val, s: Step, ctx: Ctx, text: string): Val {
    if (isUnknown(v)) return v;
    let key: Val;
    if ('attr' in s) key = s.attr;
    else {
      key = this.expr(s.index, ctx);
      if (isUnknown(key)) return key;
    }
    if (v instanceof ResourceRef) return resourceStep(v, s, key, text);
    if (v instanceof ModuleRef) {
      if ('attr' in s) return v.instance ? unknown(`${text}: choose an instance of ${v.address} first`) : v.output(s.attr);
      if (!v.instance) return unknown(`${v.address} has no count or for_each`);
      if (typeof key !== 'string' && typeof key !== 'number') return unknown(`${text}: index is not a key`);
      return v.instance(key);
    }
    if (Array.isArray(v)) {
      const i = typeof key === 'number' ? key : typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : NaN;
      return Number.isInteger(i) && i >= 0 && i < v.length ? (v[i] as Val) : unknown(`${text}: no element ${String(key)}`);
    }
    if (isObject(v)) {
      const k = toStr(key, 'key');
      if (isUnknown(k)) return k;
      return Object.hasOwn(v, k) ? (v[k] as Val) : unknown(`${text}: no attribute ${JSON.stringify(k)}`);
    }
    return unknown(`${text} is not evaluated`);
  }
}

/** The resource itself, then (with count / for_each) an instance, then any attribute → the token. */
function resourceStep(ref: ResourceRef, s: Step, key: Val, text: string): Val {
  const exp = ref.pending;
  if ('attr' in s) {
    return exp ? unknown(`${text}: ${ref.address} has ${exp.kind === 'count' ? 'count' : 'instances'}; an instance must be chosen`) : ref.token;
  }
  if (!exp) return unknown(`${text}: ${ref.address} has no count or for_each`);
  if (exp.kind === 'unknown') return exp.reason;
  if (exp.kind === 'count') {
    const i = typeof key === 'number' ? key : Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= exp.count) return unknown(`${text}: ${ref.address} has no instance [${String(key)}]`);
    return new ResourceRef(ref.scope, `${ref.address}[${i}]`);
  }
  if (exp.kind === 'for_each') {
    const k = typeof key === 'string' ? key : typeof key === 'number' ? String(key) : undefined;
    if (k === undefined || !exp.entries.some(([ek]) => ek === k)) return unknown(`${text}: ${ref.address} has no instance [${JSON.stringify(key)}]`);
    return new ResourceRef(ref.scope, `${ref.address}[${JSON.stringify(k)}]`);
  }
  return unknown(`${text}: ${ref.address} has no count or for_each`);
}

/** Equality of known primitives; a reference token stands for a value not known before apply. */
function same(a: Val, b: Val): boolean | undefined {
  if (isUnknown(a) || isUnknown(b)) return undefined;
  if ((typeof a === 'string' && isIacRef(a)) || (typeof b === 'string' && isIacRef(b))) return undefined;
  const prim = (x: Val) => x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  if (prim(a) && prim(b)) return a === b;
  return undefined;
}

function binary(op: string, l: Val, r: Val, text: string): Val {
  if (op === 'logicalAnd' || op === 'logicalOr') {
    const short = op === 'logicalOr';
    if (l === short || r === short) return short;
    if (isUnknown(l)) return l;
    if (isUnknown(r)) return r;
    return typeof l === 'boolean' && typeof r === 'boolean' ? (short ? l || r : l && r) : unknown(`${text} is not evaluated`);
  }
  if (isUnknown(l)) return l;
  if (isUnknown(r)) return r;
  if (op === 'equal' || op === 'notEqual') {
    const eq = same(l, r);
    if (eq === undefined) return unknown(`${text} is not evaluated`);
    return op === 'equal' ? eq : !eq;
  }
  const a = typeof l === 'string' && l.trim() !== '' ? Number(l) : l;
  const b = typeof r === 'string' && r.trim() !== '' ? Number(r) : r;
  if (typeof a !== 'number' || typeof b !== 'number' || Number.isNaN(a) || Number.isNaN(b)) return unknown(`${text} is not evaluated`);
  switch (op) {
    case 'add':
      return a + b;
    case 'subtract':
      return a - b;
    case 'multiply':
      return a * b;
    case 'divide':
      return b === 0 ? unknown(`${text}: division by zero`) : a / b;
    case 'modulo':
      return b === 0 ? unknown(`${text}: division by zero`) : a % b;
    case 'greaterThan':
      return a > b;
    case 'greaterThanOrEqual':
      return a >= b;
    case 'lessThan':
      return a < b;
    case 'lessThanOrEqual':
      return a <= b;
    default:
      return unknown(`${text} is not evaluated`);
  }
}
