import { iacRef } from '../../../model/refs.js';
import { findUnknown, isUnknown, type Known, type Unknown, unknown } from '../../../model/unknown.js';
import { IAC_LIMITS } from '../limits.js';
import { substitute } from './sub.js';
import { isRecord, put } from './values.js';

/** What `AWS::NoValue` resolves to: the property or list item holding it disappears. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export interface TemplateSections {
  /** The template file, used verbatim as the scope of reference tokens. */
  file: string;
  parameters: Record<string, unknown>;
  mappings: Record<string, unknown>;
  conditions: Record<string, unknown>;
  resourceIds: ReadonlySet<string>;
  /** Parameter values given by the user; they win over `Default`. */
  /** Parameter values given from outside: `--param` text, or what a parent stack passes (which may be unknown). */
  overrides: Readonly<Record<string, unknown>>;
  /**
   * Work allowed, in nodes visited (a list or mapping costs its size) plus characters of
   * text built or split / 16. Past it, every further value is unknown.
   */
  budget: number;
}

/** Longest text an intrinsic may build; no real property value comes near it. */
export const MAX_TEXT = 1 << 20;

// Pseudo parameters. The partition is assumed to be the commercial one (`aws`).
const PSEUDO: Readonly<Record<string, string | null>> = {
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::Region': null,
  'AWS::AccountId': null,
  'AWS::StackName': null,
  'AWS::StackId': null,
  'AWS::NotificationARNs': null,
};

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function tooLong(fn: string): Unknown {
  return unknown(`${fn} builds text longer than ${MAX_TEXT} characters`);
}

/** The text a value contributes to `Fn::Sub` / `Fn::Join`, or why it cannot. */
function textOf(v: unknown, fn: string): Known<string> {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isUnknown(v)) return v;
  if (v === NO_VALUE) return unknown(`${fn} contains AWS::NoValue`);
  return unknown(`${fn} contains a value that is not text`);
}

function listOf(v: unknown, fn: string): Known<unknown[]> {
  if (Array.isArray(v) || isUnknown(v)) return v;
  return unknown(`${fn} expects a list`);
}

/**
 * Evaluates CloudFormation intrinsic functions over the long form (the YAML schema has
 * already turned short-form tags into it). Every value comes out plain, `unknown(reason)`
 * when a template cannot determine it, or NO_VALUE. A reference to another resource of the
 * template becomes that resource's token whatever the attribute: the attribute's value
 * exists only after deployment, the identity of what it names is known now.
 *
 * Parameters and conditions are evaluated once and cached; conditions track which ones are
 * being evaluated so a cycle ends as unknown instead of recursing forever. Work is metered:
 * without aliases a template can still multiply itself (a mapping entry or a long parameter
 * named from every resource), so resolution stops at a budget proportional to its size.
 */
export class Resolver {
  private readonly params = new Map<string, unknown>();
  private readonly conds = new Map<string, Known<boolean>>();
  private readonly evaluating = new Set<string>();
  private readonly tokenPrefix: string;
  private spent = 0;
  private readonly overBudget: Unknown;

  constructor(private readonly tpl: TemplateSections) {
    this.tokenPrefix = iacRef(tpl.file, '');
    this.overBudget = unknown(`resolving the template's functions took more than ${tpl.budget} steps; later values were not resolved`);
  }

  /** Whether resolution ran out of budget, making some values unknown. */
  get exhausted(): boolean {
    return this.spent > this.tpl.budget;
  }

  private charge(units: number): boolean {
    this.spent += units;
    return this.spent > this.tpl.budget;
  }

  /** Charges for text an intrinsic built or scanned, and checks its length. */
  private text(s: string, fn: string): Known<string> {
    if (s.length > MAX_TEXT) return tooLong(fn);
    return this.charge(s.length >> 4) ? this.overBudget : s;
  }

  token(logicalId: string): string {
    return iacRef(this.tpl.file, logicalId);
  }

  /** Resolves a template value (a resource's Properties, a parameter default...). */
  resolve(node: unknown): unknown {
    return this.value(node, 0);
  }

  /** The truth of a named condition: true, false, or unknown with the reason. */
  condition(name: unknown): Known<boolean> {
    if (typeof name !== 'string') return unknown('a condition name must be text');
    const cached = this.conds.get(name);
    if (cached !== undefined) return cached;
    if (this.evaluating.has(name)) return unknown(`condition ${name} depends on itself`);
    const expr = own(this.tpl.conditions, name);
    if (expr === undefined) return unknown(`condition ${name} is not declared`);
    this.evaluating.add(name);
    const result = this.truth(expr, 0);
    this.evaluating.delete(name);
    this.conds.set(name, result);
    return result;
  }

  /**
   * Copy on write: a subtree without intrinsics comes back as the very same object, so the
   * literal bulk of a template (policy documents, tags) costs a walk but no allocation.
   * Callers treat resolved values as read-only.
   */
  private value(node: unknown, depth: number): unknown {
    if (node === null || typeof node !== 'object') return node;
    if (depth > IAC_LIMITS.maxDepth) return unknown(`nested deeper than ${IAC_LIMITS.maxDepth} levels`);
    if (Array.isArray(node)) {
      if (this.charge(node.length + 1)) return this.overBudget;
      let out: unknown[] | undefined;
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        const v = this.value(item, depth + 1);
        if (v === item && !out) continue;
        out ??= node.slice(0, i);
        if (v !== NO_VALUE) out.push(v);
      }
      return out ?? node;
    }
    const obj = node as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (this.charge(keys.length + 1)) return this.overBudget;
    if (keys.length === 1) {
      const fn = keys[0]!;
      if (fn === 'Ref' || fn.startsWith('Fn::')) return this.intrinsic(fn, obj[fn], depth + 1);
    }
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const v = this.value(obj[key], depth + 1);
      if (v === obj[key] && !out) continue;
      if (!out) {
        out = {};
        for (let j = 0; j < i; j++) put(out, keys[j]!, obj[keys[j]!]);
      }
      if (v !== NO_VALUE) put(out, key, v);
    }
    return out ?? obj;
  }

  private intrinsic(fn: string, arg: unknown, depth: number): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(arg);
      case 'Fn::GetAtt':
        return this.getAtt(arg);
      case 'Fn::Sub':
        return this.sub(arg, depth);
      case 'Fn::Join':
        return this.join(arg, depth);
      case 'Fn::Select':
        return this.select(arg, depth);
      case 'Fn::Split':
        return this.split(arg, depth);
      case 'Fn::Base64': {
        const s = textOf(this.value(arg, depth), fn);
        return isUnknown(s) ? s : this.text(Buffer.from(s, 'utf8').toString('base64'), fn);
      }
      case 'Fn::If':
        return this.ifThen(arg, depth);
      case 'Fn::FindInMap':
        return this.findInMap(arg, depth);
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return this.truth({ [fn]: arg }, depth);
      case 'Fn::ToJsonString': {
        const v = this.value(arg, depth);
        if (v === NO_VALUE) return unknown('Fn::ToJsonString of AWS::NoValue');
        return findUnknown(v) ?? this.text(JSON.stringify(v), fn);
      }
      case 'Fn::Length': {
        const list = listOf(this.value(arg, depth), fn);
        return isUnknown(list) ? list : list.length;
      }
      case 'Fn::GetAZs':
        return unknown('Fn::GetAZs depends on the region the stack is deployed to');
      case 'Fn::ImportValue':
        return unknown("Fn::ImportValue reads another stack's export");
      case 'Fn::Cidr':
        return unknown('Fn::Cidr is not evaluated');
      case 'Fn::Transform':
        return unknown('Fn::Transform runs a macro at deploy time');
      default:
        return unknown(`${fn} is not a function phiguard evaluates`);
    }
  }

  /** `Ref`: a parameter, a pseudo parameter, or another resource (its token). */
  ref(name: unknown): unknown {
    if (typeof name !== 'string') return unknown('Ref needs a literal name');
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (Object.hasOwn(this.tpl.parameters, name)) return this.param(name);
    if (Object.hasOwn(PSEUDO, name)) return PSEUDO[name] ?? unknown(`${name} is decided at deploy time`);
    if (this.tpl.resourceIds.has(name)) return this.token(name);
    return unknown(`Ref to ${name}, which the template does not declare`);
  }

  private param(name: string): unknown {
    if (this.params.has(name)) return this.params.get(name);
    const v = this.paramValue(name);
    this.params.set(name, v);
    return v;
  }

  private paramValue(name: string): unknown {
    const decl = this.tpl.parameters[name];
    if (!isRecord(decl)) return unknown(`parameter ${name} is not declared as a mapping`);
    const type = typeof decl.Type === 'string' ? decl.Type : 'String';
    // The value of an SSM-typed parameter is the SSM parameter's name; the value used is read at deploy time.
    if (type.startsWith('AWS::SSM::Parameter::Value<')) return unknown(`parameter ${name} is read from SSM Parameter Store at deploy time`);
    const raw = Object.hasOwn(this.tpl.overrides, name) ? this.tpl.overrides[name] : own(decl, 'Default');
    if (raw === undefined || raw === null) return unknown(`parameter ${name} has no value`);
    if (isUnknown(raw)) return raw;
    // Parameters reach the template as text (a Number parameter's Ref is a string); list types as lists.
    const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
    if (Array.isArray(raw)) return raw.map((x) => String(x));
    if (typeof raw === 'object') return unknown(`parameter ${name} has a default that is not a literal`);
    const text = String(raw);
    return isList ? text.split(',').map((s) => s.trim()) : text;
  }

  private getAtt(arg: unknown): unknown {
    let target: unknown = arg;
    if (typeof arg === 'string') target = arg.split('.', 1)[0];
    else if (Array.isArray(arg)) target = arg[0];
    if (typeof target !== 'string') return unknown('Fn::GetAtt needs a literal resource name');
    if (this.tpl.resourceIds.has(target)) return this.token(target);
    return unknown(`Fn::GetAtt names ${target}, which the template does not declare`);
  }

  private sub(arg: unknown, depth: number): unknown {
    let template: unknown = arg;
    let vars: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      template = arg[0];
      if (isRecord(arg[1])) vars = arg[1];
    }
    if (typeof template !== 'string') return unknown('Fn::Sub needs a literal string');
    const out = substitute(template, MAX_TEXT, (name) => {
      if (Object.hasOwn(vars, name)) return textOf(this.value(vars[name], depth), 'Fn::Sub');
      const dot = name.indexOf('.');
      if (dot > 0 && this.tpl.resourceIds.has(name.slice(0, dot))) return this.token(name.slice(0, dot));
      if (dot < 0) return textOf(this.ref(name), 'Fn::Sub');
      return unknown(`Fn::Sub names ${name}, which the template does not declare`);
    });
    if (out === null) return tooLong('Fn::Sub');
    return isUnknown(out) ? out : this.text(out, 'Fn::Sub');
  }

  private join(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown('Fn::Join expects [delimiter, list]');
    const delimiter = textOf(this.value(arg[0], depth), 'Fn::Join');
    if (isUnknown(delimiter)) return delimiter;
    const list = listOf(this.value(arg[1], depth), 'Fn::Join');
    if (isUnknown(list)) return list;
    const parts: string[] = [];
    let length = 0;
    for (const item of list) {
      const s = textOf(item, 'Fn::Join');
      if (isUnknown(s)) return s;
      length += s.length + delimiter.length;
      if (length > MAX_TEXT) return tooLong('Fn::Join');
      parts.push(s);
    }
    return this.text(parts.join(delimiter), 'Fn::Join');
  }

  private select(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown('Fn::Select expects [index, list]');
    const index = this.value(arg[0], depth);
    if (isUnknown(index)) return index;
    const list = listOf(this.value(arg[1], depth), 'Fn::Select');
    if (isUnknown(list)) return list;
    const i = Number(index);
    if (!Number.isInteger(i) || i < 0 || i >= list.length) return unknown(`Fn::Select index ${String(index)} is out of range`);
    return list[i];
  }

  private split(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown('Fn::Split expects [delimiter, string]');
    const delimiter = textOf(this.value(arg[0], depth), 'Fn::Split');
    if (isUnknown(delimiter)) return delimiter;
    const source = textOf(this.value(arg[1], depth), 'Fn::Split');
    if (isUnknown(source)) return source;
    if (delimiter === '') return unknown('Fn::Split needs a delimiter');
    if (this.charge(source.length >> 4)) return this.overBudget;
    // A token stands for a value that exists only after deployment (an ARN, an id): cutting
    // through it would yield pieces of our token, not pieces of the real value.
    if (this.cutsToken(source, delimiter)) {
      return unknown('Fn::Split cuts through a resource attribute that is known only after deployment');
    }
    return source.split(delimiter);
  }

  private cutsToken(source: string, delimiter: string): boolean {
    for (let at = source.indexOf(this.tokenPrefix); at !== -1; at = source.indexOf(this.tokenPrefix, at + 1)) {
      let end = at + this.tokenPrefix.length;
      while (end < source.length && /[A-Za-z0-9]/.test(source[end]!)) end++;
      const cut = source.indexOf(delimiter, Math.max(0, at - delimiter.length + 1));
      if (cut !== -1 && cut < end) return true;
    }
    return false;
  }

  private ifThen(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 3) return unknown('Fn::If expects [condition, then, else]');
    const holds = this.condition(arg[0]);
    if (isUnknown(holds)) return holds;
    return this.value(holds ? arg[1] : arg[2], depth);
  }

  private findInMap(arg: unknown, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length < 3) return unknown('Fn::FindInMap expects [map, key, key]');
    const names: string[] = [];
    for (const part of arg.slice(0, 3)) {
      const s = textOf(this.value(part, depth), 'Fn::FindInMap');
      if (isUnknown(s)) return s;
      names.push(s);
    }
    const [map, top, second] = names as [string, string, string];
    const level1 = own(this.tpl.mappings, map);
    const level2 = isRecord(level1) ? own(level1, top) : undefined;
    const found = isRecord(level2) ? own(level2, second) : undefined;
    if (found !== undefined) return this.value(found, depth);
    // AWS::LanguageExtensions adds a fourth argument: { DefaultValue: ... }.
    const fallback = isRecord(arg[3]) ? own(arg[3], 'DefaultValue') : undefined;
    if (fallback !== undefined) return this.value(fallback, depth);
    return unknown(`Fn::FindInMap: mapping ${map} has no entry ${top} / ${second}`);
  }

  /** Three-valued truth of a condition expression. */
  private truth(expr: unknown, depth: number): Known<boolean> {
    if (typeof expr === 'boolean') return expr;
    if (depth > IAC_LIMITS.maxDepth) return unknown(`condition nested deeper than ${IAC_LIMITS.maxDepth} levels`);
    if (!isRecord(expr)) return unknown('not a condition expression');
    const keys = Object.keys(expr);
    if (keys.length !== 1) return unknown('not a condition expression');
    const fn = keys[0]!;
    const arg = expr[fn];
    switch (fn) {
      case 'Condition':
        return this.condition(arg);
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return unknown('Fn::Equals expects two values');
        const a = this.value(arg[0], depth + 1);
        if (isUnknown(a)) return a;
        const b = this.value(arg[1], depth + 1);
        if (isUnknown(b)) return b;
        return sameValue(a, b);
      }
      case 'Fn::Not': {
        const inner = this.truth(Array.isArray(arg) ? arg[0] : arg, depth + 1);
        return isUnknown(inner) ? inner : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg)) return unknown(`${fn} expects a list of conditions`);
        const decisive = fn === 'Fn::Or';
        let undecided: Known<boolean> | undefined;
        for (const item of arg) {
          const t = this.truth(item, depth + 1);
          if (t === decisive) return decisive;
          if (isUnknown(t)) undecided ??= t;
        }
        return undecided ?? !decisive;
      }
      default: {
        // Fn::If and the like may stand where a boolean is expected.
        const v = this.value(expr, depth + 1);
        if (typeof v === 'boolean' || isUnknown(v)) return v;
        if (v === 'true' || v === 'false') return v === 'true';
        return unknown(`${fn} is not a condition function`);
      }
    }
  }
}

/** `Fn::Equals` compares values as CloudFormation passes them: as text. */
function sameValue(a: unknown, b: unknown): boolean {
  const scalar = (v: unknown) => v === null || typeof v !== 'object';
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}
