import { isUnknown, type Unknown, unknown } from '../../../model/unknown.js';
import { evaluateExpr, type Expr, isExpression, parseExpression } from './expressions.js';

/** What the template functions see: parameters, variables, the copy loops in progress. */
export interface ArmScope {
  file: string;
  /** Lower-cased name → its value, computed on first use. */
  parameters: Map<string, () => unknown>;
  variables: Map<string, () => unknown>;
  /** Copy loop name (lower-cased; '' for the resource's own loop) → current index. */
  copyIndex: Map<string, number>;
  functions: Map<string, { params: string[]; output: unknown }>;
  symbols: Map<string, () => unknown>;
  resolve(v: unknown): unknown;
  tokenOf(type: string, name: string): string;
}

const deployTime = (what: string): Unknown => unknown(`${what} is known only at deployment`);

/**
 * The ARM template functions, evaluated where the template alone decides them. Functions of
 * the deployment (the resource group's location, `uniqueString`, `utcNow`, `list*` secrets)
 * are unknown; an unknown argument makes the result unknown, except where the function does
 * not need it (`if` with a known condition, `coalesce` with an earlier known value).
 */
export function armFunction(name: string, args: Expr[], ev: (e: Expr) => unknown, scope: ArmScope): unknown {
  // Lazy ones first: they must not evaluate every argument.
  switch (name) {
    case 'if': {
      const c = ev(args[0]!);
      if (isUnknown(c)) return c;
      return ev(args[c === true || c === 'true' ? 1 : 2]!);
    }
    case 'coalesce': {
      for (const a of args) {
        const v = ev(a);
        if (isUnknown(v)) return v;
        if (v !== null && v !== undefined) return v;
      }
      return null;
    }
  }
  const vals = args.map(ev);
  const missing = vals.find(isUnknown) as Unknown | undefined;
  const str = (i: number): string => String(vals[i] ?? '');
  switch (name) {
    case 'parameters': {
      const p = scope.parameters.get(str(0).toLowerCase());
      return p ? p() : unknown(`parameter ${str(0)} is not declared`);
    }
    case 'variables': {
      if (missing) return missing;
      const v = scope.variables.get(str(0).toLowerCase());
      return v ? v() : unknown(`variable ${str(0)} is not declared`);
    }
    case 'copyindex': {
      const named = typeof vals[0] === 'string' ? vals[0].toLowerCase() : '';
      const offset = typeof vals[0] === 'number' ? vals[0] : typeof vals[1] === 'number' ? vals[1] : 0;
      const i = scope.copyIndex.get(named);
      return i === undefined ? unknown(`copyIndex(${named}) outside its copy loop`) : i + offset;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    case 'resourcegroup':
      return { name: deployTime('the resource group name'), location: deployTime("the resource group's location"), id: deployTime('the resource group id') };
    case 'subscription':
      return { subscriptionId: deployTime('the subscription id'), id: deployTime('the subscription id'), tenantId: deployTime('the tenant id') };
    case 'tenant':
      return { tenantId: deployTime('the tenant id') };
    case 'deployment':
      return { name: deployTime('the deployment name') };
    case 'environment':
      return { name: deployTime('the cloud environment'), suffixes: deployTime('the cloud environment') };
    case 'uniquestring':
    case 'guid':
    case 'newguid':
    case 'utcnow':
      return deployTime(`${name}()`);
    case 'reference': {
      // The runtime state of another resource: its id is known when the arguments are, its
      // properties are not (they are what Azure returns after creating it).
      return { id: missing ?? vals[0], properties: deployTime(`reference(${typeof vals[0] === 'string' ? vals[0] : '…'}).properties`) };
    }
    case 'resourceid':
    case 'subscriptionresourceid':
    case 'tenantresourceid': {
      if (missing) return missing;
      // resourceId([subscriptionId], [resourceGroup], type, name1, name2…): the type is the
      // first argument with a slash.
      const at = vals.findIndex((v) => typeof v === 'string' && v.includes('/'));
      if (at < 0) return unknown('resourceId() names no resource type');
      return scope.tokenOf(str(at), vals.slice(at + 1).map(String).join('/'));
    }
    case 'extensionresourceid':
      return missing ?? scope.tokenOf(str(1), vals.slice(2).map(String).join('/'));
    default:
      break;
  }
  if (name.startsWith('list')) return deployTime(`${name}() (a secret or key listed at deployment)`);
  const user = scope.functions.get(name);
  if (user) return callUser(user, vals, scope);
  if (missing) return missing;
  switch (name) {
    case 'concat':
      if (vals.every(Array.isArray)) return (vals as unknown[][]).flat();
      return vals.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('');
    case 'format':
      return str(0).replace(/\{(\d+)(:[^}]*)?\}/g, (_, i: string) => String(vals[Number(i) + 1] ?? ''));
    case 'tolower':
      return str(0).toLowerCase();
    case 'toupper':
      return str(0).toUpperCase();
    case 'trim':
      return str(0).trim();
    case 'replace':
      return str(0).split(str(1)).join(str(2));
    case 'substring':
      return str(0).substring(Number(vals[1] ?? 0), vals[2] === undefined ? undefined : Number(vals[1] ?? 0) + Number(vals[2]));
    case 'split':
      return str(0).split(typeof vals[1] === 'string' ? vals[1] : String(vals[1]));
    case 'join':
      return Array.isArray(vals[0]) ? vals[0].map(String).join(str(1)) : unknown('join() needs a list');
    case 'startswith':
      return str(0).toLowerCase().startsWith(str(1).toLowerCase());
    case 'endswith':
      return str(0).toLowerCase().endsWith(str(1).toLowerCase());
    case 'indexof':
      return str(0).toLowerCase().indexOf(str(1).toLowerCase());
    case 'string':
      return typeof vals[0] === 'string' ? vals[0] : JSON.stringify(vals[0]);
    case 'int':
      return Number.parseInt(str(0), 10);
    case 'bool':
      return vals[0] === true || String(vals[0]).toLowerCase() === 'true';
    case 'json':
      try {
        return JSON.parse(str(0)) as unknown;
      } catch {
        return unknown('json() of text that is not JSON');
      }
    case 'equals':
      return JSON.stringify(vals[0]) === JSON.stringify(vals[1]);
    case 'not':
      return vals[0] !== true;
    case 'and':
      return vals.every((v) => v === true);
    case 'or':
      return vals.some((v) => v === true);
    case 'less':
      return (vals[0] as number) < (vals[1] as number);
    case 'lessorequals':
      return (vals[0] as number) <= (vals[1] as number);
    case 'greater':
      return (vals[0] as number) > (vals[1] as number);
    case 'greaterorequals':
      return (vals[0] as number) >= (vals[1] as number);
    case 'empty':
      return vals[0] === null || vals[0] === '' || (Array.isArray(vals[0]) && vals[0].length === 0) || (typeof vals[0] === 'object' && vals[0] !== null && Object.keys(vals[0]).length === 0);
    case 'length':
      return Array.isArray(vals[0]) || typeof vals[0] === 'string' ? vals[0].length : typeof vals[0] === 'object' && vals[0] ? Object.keys(vals[0]).length : 0;
    case 'contains':
      if (Array.isArray(vals[0])) return vals[0].some((x) => JSON.stringify(x) === JSON.stringify(vals[1]));
      if (typeof vals[0] === 'string') return vals[0].includes(str(1));
      return typeof vals[0] === 'object' && vals[0] !== null && Object.keys(vals[0]).some((k) => k.toLowerCase() === str(1).toLowerCase());
    case 'first':
      return Array.isArray(vals[0]) ? vals[0][0] : str(0).charAt(0);
    case 'last':
      return Array.isArray(vals[0]) ? vals[0][vals[0].length - 1] : str(0).slice(-1);
    case 'skip':
      return Array.isArray(vals[0]) ? vals[0].slice(Number(vals[1])) : str(0).slice(Number(vals[1]));
    case 'take':
      return Array.isArray(vals[0]) ? vals[0].slice(0, Number(vals[1])) : str(0).slice(0, Number(vals[1]));
    case 'union':
      if (vals.every(Array.isArray)) return [...new Set((vals as unknown[][]).flat().map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x) as unknown);
      return Object.assign({}, ...vals.map((v) => (typeof v === 'object' && v ? v : {})));
    case 'createarray':
      return vals;
    case 'createobject': {
      const out: Record<string, unknown> = {};
      for (let i = 0; i + 1 < vals.length; i += 2) out[String(vals[i])] = vals[i + 1];
      return out;
    }
    case 'range':
      return Array.from({ length: Math.min(Number(vals[1]), 800) }, (_, i) => Number(vals[0]) + i);
    case 'add':
      return Number(vals[0]) + Number(vals[1]);
    case 'sub':
      return Number(vals[0]) - Number(vals[1]);
    case 'mul':
      return Number(vals[0]) * Number(vals[1]);
    case 'div':
      return Math.trunc(Number(vals[0]) / Number(vals[1]));
    case 'mod':
      return Number(vals[0]) % Number(vals[1]);
    case 'min':
      return Math.min(...(Array.isArray(vals[0]) ? vals[0] : vals).map(Number));
    case 'max':
      return Math.max(...(Array.isArray(vals[0]) ? vals[0] : vals).map(Number));
    case 'uri':
      return `${str(0).replace(/\/$/, '')}/${str(1).replace(/^\//, '')}`;
    default:
      return unknown(`template function ${name}() is not evaluated by phiguard`);
  }
}

/** A user-defined function: its output expression with `parameters()` bound to the arguments. */
function callUser(fn: { params: string[]; output: unknown }, vals: unknown[], scope: ArmScope): unknown {
  const bound = new Map(fn.params.map((p, i) => [p.toLowerCase(), () => vals[i]]));
  // User functions see only their own parameters: no variables, no other parameters.
  const inner: ArmScope = { ...scope, parameters: bound, variables: new Map() };
  if (typeof fn.output !== 'string' || !isExpression(fn.output)) return fn.output;
  try {
    return evaluateExpr(parseExpression(fn.output), (n, a, e) => armFunction(n, a, e, inner));
  } catch {
    return unknown('a user-defined function is malformed');
  }
}
