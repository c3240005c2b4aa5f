import { iacRef } from '../../../model/refs.js';
import { findUnknown, isUnknown, type Known, unknown } from '../../../model/unknown.js';
import type { InputProblem } from '../../../util/errors.js';
import type { Position } from '../cloudformation/lines.js';
import { armFunction, type ArmScope } from './functions.js';
import { evaluateExpr, type Expr, ExpressionError, isExpression, literal, parseExpression } from './expressions.js';
import { parseArmJson } from './parse.js';

/**
 * One resource an ARM template deploys, with its expressions evaluated as far as the
 * template determines them: parameters (defaults or `--param`), variables, copy loops
 * (resource, property and variable copies), child resources nested in their parent (type
 * and name made full), `resourceId()` and `reference()`. Anything decided only at deploy
 * time is `{ $unknown: reason }`.
 */
export interface ArmResource {
  /** Full type, `Microsoft.Storage/storageAccounts/blobServices`. */
  type: string;
  /** Full name, `phistore/default`; unknown when it depends on deployment. */
  name: Known<string>;
  /** The symbolic name (languageVersion 2.0 / Bicep output), when the template has one. */
  symbolicName?: string;
  apiVersion?: string;
  /** False-free: unknown when its `condition` cannot be decided. */
  exists: Known<boolean>;
  location: unknown;
  kind: unknown;
  sku: unknown;
  identity: unknown;
  tags: unknown;
  properties: unknown;
  /** Where the resource is declared. */
  position?: Position;
  /** The reference tokens other resources use for it (`resourceId(...)`, its symbolic name). */
  refs: string[];
}

export interface ArmResult {
  resources: ArmResource[];
  problems: InputProblem[];
}

const MAX_COPIES = 800; // ARM's own limit on a copy loop's count.

export function parseArmTemplate(file: string, text: string, params: Readonly<Record<string, unknown>> = {}): ArmResult {
  const parsed = parseArmJson(file, text);
  if (!parsed.ok) return { resources: [], problems: [parsed.problem] };
  const t = parsed.value;
  const problems: InputProblem[] = [];
  const problem = (message: string, at?: object): void => {
    const pos = at ? parsed.positionOf(at) : undefined;
    problems.push({ source: file, ...(pos ?? {}), message });
  };
  const scope: ArmScope = {
    file,
    parameters: new Map(),
    variables: new Map(),
    copyIndex: new Map(),
    functions: userFunctions(t.functions),
    resolve: (v) => resolveValue(v, scope),
    tokenOf: (type, name) => iacRef(file, `${type.toLowerCase()}/${name.toLowerCase()}`),
    symbols: new Map(),
  };

  // Parameters: the value given, else the default (itself possibly an expression), else unknown.
  const declaredParams = isRecord(t.parameters) ? t.parameters : {};
  for (const [name, decl] of Object.entries(declaredParams)) {
    const given = Object.keys(params).find((k) => k.toLowerCase() === name.toLowerCase());
    scope.parameters.set(name.toLowerCase(), () => {
      if (given !== undefined) return params[given];
      if (isRecord(decl) && decl.defaultValue !== undefined) return resolveValue(decl.defaultValue, scope);
      return unknown(`parameter ${name} has no value`);
    });
  }
  // Variables are evaluated lazily and once; a variable that refers to itself is unknown.
  const declaredVars = isRecord(t.variables) ? t.variables : {};
  for (const [name, v] of Object.entries(declaredVars)) {
    if (name === 'copy') {
      for (const c of Array.isArray(v) ? v : []) {
        if (isRecord(c) && typeof c.name === 'string') scope.variables.set(c.name.toLowerCase(), lazy(() => copyArray(c, scope), c.name));
      }
      continue;
    }
    scope.variables.set(name.toLowerCase(), lazy(() => resolveValue(v, scope), name));
  }

  const resources: ArmResource[] = [];
  const declared = t.resources;
  const entries: [string | undefined, unknown][] = Array.isArray(declared)
    ? declared.map((r) => [undefined, r])
    : isRecord(declared)
      ? Object.entries(declared)
      : [];
  // Symbolic names resolve to their resource's id token, for `reference(symbol)` and dependsOn.
  for (const [symbol, decl] of entries) {
    if (symbol && isRecord(decl) && typeof decl.type === 'string') {
      scope.symbols.set(symbol, () => {
        const name = resolveValue(decl.name, scope);
        return typeof name === 'string' ? scope.tokenOf(decl.type as string, name) : unknown(`the name of ${symbol} is not known`);
      });
    }
  }
  for (const [symbol, decl] of entries) expand(decl, symbol, undefined);
  return { resources, problems };

  function expand(decl: unknown, symbol: string | undefined, parent: { type: string; name: Known<string> } | undefined): void {
    if (!isRecord(decl)) {
      problem('a resource should be an object');
      return;
    }
    if (typeof decl.type !== 'string') {
      problem('a resource has no type', decl);
      return;
    }
    if (decl.type === 'Microsoft.Resources/deployments') {
      problem(`nested deployment ${String(decl.name)}: its template is not expanded; its resources were not assessed`, decl);
      return;
    }
    const copy = isRecord(decl.copy) ? decl.copy : undefined;
    const count = copy ? resolveValue(copy.count, scope) : 1;
    if (copy && (isUnknown(count) || typeof count !== 'number')) {
      problem(`copy loop ${String(copy.name)}: its count is not known (${isUnknown(count) ? count.$unknown : 'not a number'}); its resources were not assessed`, decl);
      return;
    }
    const n = Math.min(count as number, MAX_COPIES);
    for (let i = 0; i < n; i++) {
      if (copy && typeof copy.name === 'string') scope.copyIndex.set(copy.name.toLowerCase(), i);
      if (copy) scope.copyIndex.set('', i);
      one(decl, symbol, parent);
    }
    if (copy && typeof copy.name === 'string') scope.copyIndex.delete(copy.name.toLowerCase());
    if (copy) scope.copyIndex.delete('');
  }

  function one(decl: Record<string, unknown>, symbol: string | undefined, parent: { type: string; name: Known<string> } | undefined): void {
    // A child declared inside its parent names its type and name relative to it.
    const ownType = decl.type as string;
    const relative = parent !== undefined && !ownType.includes('/');
    const type = relative ? `${parent.type}/${ownType}` : ownType;
    const rawName = resolveValue(decl.name, scope);
    const ownName: Known<string> = typeof rawName === 'string' ? rawName : isUnknown(rawName) ? rawName : unknown('the resource name is not a string');
    const name: Known<string> = relative ? join(parent.name, ownName) : ownName;
    const cond = decl.condition === undefined ? true : resolveValue(decl.condition, scope);
    const exists: Known<boolean> = isUnknown(cond) ? cond : cond === false || cond === 'false' ? false : true;
    if (exists === false) return;
    const refs = typeof name === 'string' ? [scope.tokenOf(type, name)] : [];
    if (symbol) refs.push(iacRef(file, symbol));
    resources.push({
      type,
      name,
      ...(symbol ? { symbolicName: symbol } : {}),
      ...(typeof decl.apiVersion === 'string' ? { apiVersion: decl.apiVersion } : {}),
      exists,
      location: resolveValue(decl.location, scope),
      kind: resolveValue(decl.kind, scope),
      sku: resolveValue(decl.sku, scope),
      identity: resolveValue(decl.identity, scope),
      tags: resolveValue(decl.tags, scope),
      properties: resolveValue(decl.properties ?? {}, scope),
      ...(parsed.ok && parsed.positionOf(decl) ? { position: parsed.positionOf(decl)! } : {}),
      refs,
    });
    for (const child of Array.isArray(decl.resources) ? decl.resources : []) expand(child, undefined, { type, name });
  }
}

function join(parent: Known<string>, child: Known<string>): Known<string> {
  if (isUnknown(parent)) return parent;
  if (isUnknown(child)) return child;
  return `${parent}/${child}`;
}

function lazy(compute: () => unknown, name: string): () => unknown {
  let state: 'new' | 'busy' | 'done' = 'new';
  let value: unknown;
  return () => {
    if (state === 'done') return value;
    if (state === 'busy') return unknown(`variable ${name} refers to itself`);
    state = 'busy';
    value = compute();
    state = 'done';
    return value;
  };
}

/** Resolves every expression inside a value; property `copy` arrays become the lists they build. */
export function resolveValue(v: unknown, scope: ArmScope, depth = 0): unknown {
  if (depth > 256) return unknown('value nested too deeply');
  if (typeof v === 'string') {
    if (!isExpression(v)) return literal(v);
    let expr: Expr;
    try {
      expr = parseExpression(v);
    } catch (e) {
      return unknown(`expression ${v.slice(0, 80)} is malformed: ${e instanceof ExpressionError ? e.message : String(e)}`);
    }
    return evaluateExpr(expr, (name, args, ev) => armFunction(name, args, ev, scope));
  }
  if (Array.isArray(v)) return v.map((x) => resolveValue(x, scope, depth + 1));
  if (isRecord(v)) {
    if (isUnknown(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'copy' && Array.isArray(x)) {
        for (const c of x) if (isRecord(c) && typeof c.name === 'string') out[c.name] = copyArray(c, scope);
        continue;
      }
      out[k] = resolveValue(x, scope, depth + 1);
    }
    return out;
  }
  return v;
}

/** A property or variable copy: `{ name, count, input }` → the list of `count` inputs. */
function copyArray(c: Record<string, unknown>, scope: ArmScope): unknown {
  const count = resolveValue(c.count, scope);
  if (isUnknown(count)) return count;
  if (typeof count !== 'number') return unknown(`copy ${String(c.name)}: count is not a number`);
  const key = String(c.name).toLowerCase();
  const out: unknown[] = [];
  for (let i = 0; i < Math.min(count, MAX_COPIES); i++) {
    scope.copyIndex.set(key, i);
    out.push(resolveValue(c.input, scope));
  }
  scope.copyIndex.delete(key);
  const missing = findUnknown(out);
  return missing && out.length === 0 ? missing : out;
}

function userFunctions(fns: unknown): ArmScope['functions'] {
  const out: ArmScope['functions'] = new Map();
  for (const ns of Array.isArray(fns) ? fns : []) {
    if (!isRecord(ns) || typeof ns.namespace !== 'string' || !isRecord(ns.members)) continue;
    for (const [name, member] of Object.entries(ns.members)) {
      if (!isRecord(member) || !isRecord(member.output)) continue;
      const params = Array.isArray(member.parameters) ? member.parameters.map((p) => (isRecord(p) ? String(p.name) : '')) : [];
      out.set(`${ns.namespace}.${name}`.toLowerCase(), { params, output: member.output.value });
    }
  }
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
