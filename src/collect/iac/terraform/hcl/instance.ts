import { isIacRef } from '../../../../model/refs.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import type { InputProblem } from '../../../../util/errors.js';
import type { Ctx, Env, Evaluator, Scope } from './evaluate.js';
import type { ExpressionTable } from './expressions.js';
import type { Body, ModuleNode } from './load.js';
import { type Expansion, isObject, ModuleRef, ResourceRef, type Val } from './values.js';

/** State shared by every module instance of one root module. */
export interface Run {
  readonly rootDir: string;
  readonly table: ExpressionTable;
  readonly evaluator: Evaluator;
  readonly problems: InputProblem[];
  /** Root variable values from tfvars files and `-var`, already evaluated. */
  readonly rootVars: ReadonlyMap<string, Val>;
}

/** A call site's arguments, evaluated lazily in the calling instance. */
export interface Caller {
  parent: ModuleInstance;
  body: Body;
  env: Env;
}

const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/**
 * Lazily computed values with cycle detection: a value that asks for itself gets the
 * `onCycle` result instead of recursing forever.
 */
class Cells {
  private readonly done = new Map<string, unknown>();
  private readonly busy = new Set<string>();

  get<T>(key: string, compute: () => T, onCycle: () => T): T {
    if (this.done.has(key)) return this.done.get(key) as T;
    if (this.busy.has(key)) return onCycle();
    this.busy.add(key);
    try {
      const v = compute();
      this.done.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }
}

/** The instances a `count` or `for_each` value stands for. */
export function expansionOf(meta: 'count' | 'for_each', v: Val, what: string): Expansion {
  if (isUnknown(v)) return { kind: 'unknown', reason: unknown(`${meta} of ${what} is not determinable: ${v.$unknown}`) };
  const bad = (why: string): Expansion => ({ kind: 'unknown', reason: unknown(`${meta} of ${what} is not determinable: ${why}`) });
  if (meta === 'count') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
    return Number.isInteger(n) && n >= 0 ? { kind: 'count', count: n } : bad('not a whole number');
  }
  if (isObject(v)) {
    const keys = Object.keys(v).sort();
    return { kind: 'for_each', entries: keys.map((k) => [k, v[k] as Val]) };
  }
  if (Array.isArray(v)) {
    const keys: string[] = [];
    for (const x of v) {
      if (isUnknown(x)) return bad(x.$unknown);
      if (typeof x !== 'string') return bad('a set of values that are not strings');
      if (isIacRef(x)) return bad('its keys are known only after apply');
      keys.push(x);
    }
    return { kind: 'for_each', entries: [...new Set(keys)].sort().map((k) => [k, k]) };
  }
  return bad('not a map or a set of strings');
}

export function instanceSuffix(key: string | number): string {
  return `[${typeof key === 'number' ? key : JSON.stringify(key)}]`;
}

/** One instance of a module: where `var.`, `local.`, resource and module references resolve. */
export class ModuleInstance implements Scope {
  readonly scope: string;
  private readonly cells = new Cells();
  private readonly childInstances = new Map<string, { exp: Expansion; instances: Map<string, ModuleInstance> }>();

  constructor(
    readonly run: Run,
    readonly node: ModuleNode,
    /** `''` for the root, `module.app`, `module.app["a"].module.db`… */
    readonly address: string,
    private readonly caller?: Caller,
    /** Set when this instance stands for instances that could not be counted. */
    readonly unknownReason?: string,
  ) {
    this.scope = address ? `${run.rootDir}::${address}` : run.rootDir;
  }

  get table(): ExpressionTable {
    return this.run.table;
  }

  ctx(env: Env = {}): Ctx {
    return { scope: this, env };
  }

  variable(name: string): Val {
    return this.cells.get(
      `var.${name}`,
      () => {
        const decl = this.node.mod.variables.get(name);
        if (!decl) return unknown(`variable ${name} is not declared`);
        if (this.caller) {
          if (Object.hasOwn(this.caller.body, name) && !MODULE_META.has(name)) {
            return this.run.evaluator.raw(this.caller.body[name], this.caller.parent.ctx(this.caller.env));
          }
        } else {
          const given = this.run.rootVars.get(name);
          if (given !== undefined) return given;
        }
        if (Object.hasOwn(decl.body, 'default')) return this.run.evaluator.raw(decl.body.default, this.ctx());
        return unknown(`variable ${name} has no value`);
      },
      () => unknown(`variable ${name} depends on itself`),
    );
  }

  local(name: string): Val {
    return this.cells.get(
      `local.${name}`,
      () => {
        const decl = this.node.mod.locals.get(name);
        if (!decl) return unknown(`local.${name} is not declared`);
        return this.run.evaluator.raw(decl.raw, this.ctx());
      },
      () => {
        const decl = this.node.mod.locals.get(name);
        this.run.problems.push({
          source: decl?.file ?? this.node.mod.dir,
          message: `local.${name} refers to itself${this.address ? ` in ${this.address}` : ''}; its value is unknown`,
        });
        return unknown(`local.${name} refers to itself`);
      },
    );
  }

  path(kind: string): Val {
    if (kind === 'module') return this.node.mod.dir;
    if (kind === 'root') return this.run.rootDir;
    return unknown(`path.${kind} is not evaluated`);
  }

  /** How many instances a resource of this module has. */
  expansion(address: string): Expansion {
    return this.cells.get<Expansion>(
      `expansion.${address}`,
      () => {
        const block = this.node.mod.resources.get(address);
        return block ? expansionFromBody(block.body, this, address) : { kind: 'single' };
      },
      () => ({ kind: 'unknown', reason: unknown(`count or for_each of ${address} depends on itself`) }),
    );
  }

  resource(type: string, name: string): Val {
    const address = `${type}.${name}`;
    if (!this.node.mod.resources.has(address)) {
      return unknown(`${address} is not declared in ${this.address || this.node.mod.dir}`);
    }
    const exp = this.expansion(address);
    return new ResourceRef(this.scope, address, exp.kind === 'single' ? undefined : exp);
  }

  output(name: string): Val {
    return this.cells.get(
      `output.${name}`,
      () => {
        const decl = this.node.mod.outputs.get(name);
        if (!decl) return unknown(`output ${name} is not declared in ${this.address}`);
        return this.run.evaluator.raw(decl.raw, this.ctx());
      },
      () => unknown(`output ${name} of ${this.address} depends on itself`),
    );
  }

  module(name: string): Val {
    const call = this.node.mod.calls.get(name);
    const address = this.childAddress(name);
    if (!call) return unknown(`module.${name} is not declared`);
    const why = this.node.unread.get(name);
    if (why !== undefined || !this.node.children.has(name)) return unknown(`module.${name} was not read: ${why ?? 'unknown reason'}`);
    const { exp, instances } = this.children(name);
    if (exp.kind === 'unknown') return new ModuleRef(address, () => exp.reason, () => exp.reason);
    if (exp.kind === 'single') {
      const inst = instances.get('')!;
      return new ModuleRef(address, (o) => inst.output(o));
    }
    return new ModuleRef(
      address,
      () => unknown(`${address} has instances; one must be chosen`),
      (key) => {
        const inst = instances.get(instanceSuffix(exp.kind === 'count' ? Number(key) : String(key)));
        return inst ? new ModuleRef(inst.address, (o) => inst.output(o)) : unknown(`${address} has no instance ${JSON.stringify(key)}`);
      },
    );
  }

  /** The instances of a module call, created once. */
  children(name: string): { exp: Expansion; instances: Map<string, ModuleInstance> } {
    let hit = this.childInstances.get(name);
    if (hit) return hit;
    const call = this.node.mod.calls.get(name)!;
    const child = this.node.children.get(name)!;
    const address = this.childAddress(name);
    const exp = expansionFromBody(call.body, this, address);
    const instances = new Map<string, ModuleInstance>();
    const make = (suffix: string, env: Env, reason?: string) =>
      instances.set(suffix, new ModuleInstance(this.run, child, address + suffix, { parent: this, body: call.body, env }, reason ?? this.unknownReason));
    if (exp.kind === 'single') make('', {});
    else if (exp.kind === 'count') for (let i = 0; i < exp.count; i++) make(instanceSuffix(i), { count: { index: i } });
    else if (exp.kind === 'for_each') for (const [k, v] of exp.entries) make(instanceSuffix(k), { each: { key: k, value: v } });
    else make('', { count: { index: exp.reason }, each: { key: exp.reason, value: exp.reason } }, exp.reason.$unknown);
    hit = { exp, instances };
    this.childInstances.set(name, hit);
    return hit;
  }

  private childAddress(name: string): string {
    return this.address ? `${this.address}.module.${name}` : `module.${name}`;
  }

  /**
   * The `default_tags` of a provider configuration as this module sees it: its own provider
   * block, the one its caller passed in `providers`, or (for the default configuration) the
   * caller's, as Terraform inherits it.
   */
  defaultTags(provider: string): Val | undefined {
    return this.cells.get<Val | undefined>(
      `provider.${provider}`,
      () => {
        const own = this.node.mod.providers.get(provider);
        if (own) return tagsOfProvider(own, this);
        if (!this.caller) return undefined;
        const passed = this.caller.body.providers;
        const mapped = isRecord(passed) ? passed[provider] : undefined;
        if (typeof mapped === 'string') return this.caller.parent.defaultTags(providerName(mapped));
        return provider.includes('.') ? undefined : this.caller.parent.defaultTags(provider);
      },
      () => unknown(`provider ${provider} depends on itself`),
    );
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** `"${aws.west}"` → `aws.west`: a provider reference is a name, not a value. */
export function providerName(raw: string): string {
  return /^\$\{\s*([^}\s]+)\s*\}$/.exec(raw)?.[1] ?? raw;
}

function tagsOfProvider(body: Body, inst: ModuleInstance): Val | undefined {
  const dt = body.default_tags;
  if (dt === undefined) return undefined;
  const block = Array.isArray(dt) ? dt[0] : dt;
  if (!isRecord(block) || block.tags === undefined) return undefined;
  return inst.run.evaluator.raw(block.tags, inst.ctx());
}

function expansionFromBody(body: Body, inst: ModuleInstance, what: string): Expansion {
  if (body.count !== undefined) return expansionOf('count', inst.run.evaluator.raw(body.count, inst.ctx()), what);
  if (body.for_each !== undefined) return expansionOf('for_each', inst.run.evaluator.raw(body.for_each, inst.ctx()), what);
  return { kind: 'single' };
}
