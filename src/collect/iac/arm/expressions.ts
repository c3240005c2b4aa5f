import { isUnknown, unknown } from '../../../model/unknown.js';

/**
 * ARM template expressions: a string in brackets (`"[concat(parameters('p'), '-sa')]"`) is
 * parsed into a tree of function calls, literals, property accesses and indexes, then
 * evaluated by the template's function table. `[[` escapes a literal bracket. Anything the
 * template cannot determine (the resource group's location, `reference()` to a runtime
 * property, `uniqueString`) evaluates to `{ $unknown: reason }`, which propagates.
 */
export type Expr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'member'; target: Expr; name: string }
  | { kind: 'index'; target: Expr; index: Expr };

export class ExpressionError extends Error {}

/** Whether a template string is an expression rather than a literal. */
export function isExpression(s: string): boolean {
  return s.length >= 2 && s.startsWith('[') && s.endsWith(']') && !s.startsWith('[[');
}

/** A literal string: `[[x]` stands for `[x]`. */
export function literal(s: string): string {
  return s.startsWith('[[') ? s.slice(1) : s;
}

export function parseExpression(source: string): Expr {
  const p = new Parser(source.slice(1, -1));
  const e = p.expr();
  p.end();
  return e;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  end(): void {
    this.ws();
    if (this.i < this.s.length) throw new ExpressionError(`unexpected "${this.s.slice(this.i, this.i + 10)}" in expression`);
  }

  expr(): Expr {
    if (++this.depth > 200) throw new ExpressionError('expression nested more than 200 levels');
    this.ws();
    let e = this.primary();
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c === '.') {
        this.i++;
        e = { kind: 'member', target: e, name: this.identifier() };
      } else if (c === '[') {
        this.i++;
        const index = this.expr();
        this.expect(']');
        e = { kind: 'index', target: e, index };
      } else break;
    }
    this.depth--;
    return e;
  }

  private primary(): Expr {
    const c = this.s[this.i];
    if (c === "'") return { kind: 'string', value: this.string() };
    if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(this.s.slice(this.i));
      if (!m) throw new ExpressionError('malformed number');
      this.i += m[0].length;
      return { kind: 'number', value: Number(m[0]) };
    }
    let name = this.identifier();
    // A user-defined function is called by namespace: `ns.fn(...)`.
    const ns = /^\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(this.s.slice(this.i));
    if (ns) {
      name = `${name}.${ns[1]}`;
      this.i += 1 + ns[1]!.length;
    }
    this.ws();
    this.expect('(');
    const args: Expr[] = [];
    this.ws();
    if (this.s[this.i] !== ')') {
      for (;;) {
        args.push(this.expr());
        this.ws();
        if (this.s[this.i] === ',') {
          this.i++;
          continue;
        }
        break;
      }
    }
    this.expect(')');
    return { kind: 'call', name: name.toLowerCase(), args };
  }

  private string(): string {
    let out = '';
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) throw new ExpressionError('unterminated string in expression');
      this.i++;
      if (c === "'") {
        if (this.s[this.i] === "'") {
          out += "'";
          this.i++;
          continue;
        }
        return out;
      }
      out += c;
    }
  }

  private identifier(): string {
    this.ws();
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i))?.[0];
    if (!id) throw new ExpressionError(`expected a name at "${this.s.slice(this.i, this.i + 10)}"`);
    this.i += id.length;
    return id;
  }

  private expect(c: string): void {
    this.ws();
    if (this.s[this.i] !== c) throw new ExpressionError(`expected "${c}" in expression`);
    this.i++;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }
}

/** What evaluation needs from the template: the value of a call. */
export type CallHandler = (name: string, args: Expr[], evaluate: (e: Expr) => unknown) => unknown;

export function evaluateExpr(e: Expr, call: CallHandler): unknown {
  const ev = (x: Expr): unknown => evaluateExpr(x, call);
  switch (e.kind) {
    case 'string':
    case 'number':
      return e.value;
    case 'call':
      return call(e.name, e.args, ev);
    case 'member': {
      const t = ev(e.target);
      if (isUnknown(t)) return t;
      if (t !== null && typeof t === 'object' && !Array.isArray(t)) {
        // ARM property names are case-insensitive.
        const key = Object.keys(t).find((k) => k.toLowerCase() === e.name.toLowerCase());
        if (key !== undefined) return (t as Record<string, unknown>)[key];
      }
      return unknown(`property ${e.name} is not known before deployment`);
    }
    case 'index': {
      const t = ev(e.target);
      const i = ev(e.index);
      if (isUnknown(t)) return t;
      if (isUnknown(i)) return i;
      if (Array.isArray(t) && typeof i === 'number') return i >= 0 && i < t.length ? t[i] : unknown(`index ${i} is out of range`);
      if (t !== null && typeof t === 'object' && typeof i === 'string') {
        const key = Object.keys(t).find((k) => k.toLowerCase() === i.toLowerCase());
        return key !== undefined ? (t as Record<string, unknown>)[key] : unknown(`property ${i} is not known before deployment`);
      }
      return unknown('an index into something that is not a list or object');
    }
  }
}
