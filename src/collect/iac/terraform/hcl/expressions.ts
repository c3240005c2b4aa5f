import { getExpressionAst, parse } from '@cdktf/hcl2json';
import { IAC_LIMITS } from '../../limits.js';
import { type AstNode, type Expr, fastPath, fromAst } from './ir.js';

/** Strings per library call: large enough to amortise the call, small enough to keep its output modest. */
const BATCH = 1000;

/** Rounds of nested calls (`jsonencode({ a = merge(…) })`) followed before giving up. */
const MAX_ROUNDS = 32;

/** `${name(args)}`: a whole value that is one function call. */
const CALL = /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*(?:::[A-Za-z_][A-Za-z0-9_-]*)*)\(([\s\S]*)\)\s*\}$/;

/**
 * Every string value hcl2json returns is an HCL template (`"${var.x}-logs"`). This table turns
 * them into expression trees before evaluation, so evaluation is synchronous and each
 * distinct string is parsed once:
 * - literal text and plain references (`${aws_kms_key.phi.arn}`), the bulk, at once (`fastPath`);
 * - a whole-value function call (`jsonencode({...})`, `merge(a, {...})`) by letting the
 *   library's `parse` read its arguments as the tuple `[args]`: hcl2json returns object and
 *   tuple constructors as JSON, and does so far faster than `getExpressionAst`, which costs
 *   about a millisecond per policy-sized expression;
 * - anything else through `getExpressionAst`.
 * Both library calls are batched; a batch the library rejects is split until the strings it
 * cannot read are isolated.
 */
export class ExpressionTable {
  private readonly exprs = new Map<string, Expr>();
  private readonly pending = new Set<string>();

  add(s: string): void {
    if (this.exprs.has(s) || this.pending.has(s)) return;
    const fast = fastPath(s);
    if (fast) this.exprs.set(s, fast);
    else this.pending.add(s);
  }

  /** Registers every string in a raw hcl2json value, map keys included. */
  addAll(raw: unknown, depth = 0): void {
    // Deeper values are not evaluated either (see Evaluator), so need no parsing.
    if (depth > IAC_LIMITS.maxDepth) return;
    if (typeof raw === 'string') this.add(raw);
    else if (Array.isArray(raw)) for (const v of raw) this.addAll(v, depth + 1);
    else if (raw && typeof raw === 'object') {
      for (const [k, v] of Object.entries(raw)) {
        if (k.includes('${')) this.add(k);
        this.addAll(v, depth + 1);
      }
    }
  }

  async prepare(): Promise<void> {
    for (let round = 0; this.pending.size > 0 && round < MAX_ROUNDS; round++) {
      const all = [...this.pending];
      this.pending.clear();
      const calls: { s: string; name: string; args: string }[] = [];
      const rest: string[] = [];
      for (const s of all) {
        const m = CALL.exec(s);
        if (m) calls.push({ s, name: m[1]!, args: m[2]! });
        else rest.push(s);
      }
      for (let i = 0; i < calls.length; i += BATCH) rest.push(...(await this.parseCalls(calls.slice(i, i + BATCH))));
      for (let i = 0; i < rest.length; i += BATCH) await this.parseAsts(rest.slice(i, i + BATCH));
    }
    for (const s of this.pending) this.exprs.set(s, { k: 'unsupported', text: s });
    this.pending.clear();
  }

  get(s: string): Expr {
    return this.exprs.get(s) ?? fastPath(s) ?? { k: 'unsupported', text: s };
  }

  /**
   * Reads `name(ARGS)` as `aN = [ARGS]`. The library accepting `[ARGS]` as one tuple proves
   * the parentheses matched as assumed; a string it rejects goes to the AST path. Returns those.
   */
  private async parseCalls(calls: { s: string; name: string; args: string }[]): Promise<string[]> {
    if (calls.length === 0) return [];
    const src = calls.map((c, i) => `a${i} = [\n${c.args}\n]\n`).join('');
    let json: Record<string, unknown> | undefined;
    try {
      json = (await parse('expression.tf', src)) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    if (!json || !calls.every((_, i) => Array.isArray(json[`a${i}`]))) {
      if (calls.length === 1) return [calls[0]!.s];
      const mid = Math.ceil(calls.length / 2);
      return [...(await this.parseCalls(calls.slice(0, mid))), ...(await this.parseCalls(calls.slice(mid)))];
    }
    calls.forEach((c, i) => {
      const args = json[`a${i}`] as unknown[];
      this.exprs.set(c.s, { k: 'call', name: c.name, args: args.map((v) => ({ k: 'raw', v })), expand: false, text: `${c.name}(…)` });
      this.addAll(args);
    });
    return [];
  }

  /**
   * Each string becomes a heredoc element of one tuple, so its literal text needs no
   * escaping; the library's AST then comes back in one piece.
   */
  private async parseAsts(strings: string[]): Promise<void> {
    if (strings.length === 0) return;
    let marker = 'PHIGUARD_EXPR';
    while (strings.some((s) => s.includes(marker))) marker += '_X';
    const src = `[\n${strings.map((s) => `<<${marker}\n${s}\n${marker}\n`).join(',\n')}]`;
    let ast: AstNode | null = null;
    try {
      ast = (await getExpressionAst('expression.tf', src)) as unknown as AstNode | null;
    } catch {
      ast = null;
    }
    const items = ast?.type === 'tuple' ? (ast.children ?? []) : [];
    if (items.length !== strings.length) {
      if (strings.length === 1) {
        this.exprs.set(strings[0]!, { k: 'unsupported', text: strings[0]! });
        return;
      }
      const mid = Math.ceil(strings.length / 2);
      await this.parseAsts(strings.slice(0, mid));
      await this.parseAsts(strings.slice(mid));
      return;
    }
    const buf = Buffer.from(src, 'utf8');
    strings.forEach((s, i) => this.exprs.set(s, unwrapHeredoc(fromAst(items[i]!, buf), s)));
  }
}

/**
 * Undoes the heredoc wrapper: drops the newline before the closing marker, and returns a
 * lone interpolation's value itself, as HCL does for `"${x}"`.
 */
function unwrapHeredoc(e: Expr, original: string): Expr {
  if (e.k === 'lit' && typeof e.v === 'string') return { k: 'lit', v: e.v.replace(/\n$/, '') };
  if (e.k !== 'tpl') return { k: 'unsupported', text: original };
  const parts = [...e.parts];
  const last = parts[parts.length - 1];
  if (last?.k === 'lit' && typeof last.v === 'string') {
    const v = last.v.replace(/\n$/, '');
    if (v) parts[parts.length - 1] = { k: 'lit', v };
    else parts.pop();
  }
  const only = parts[0];
  if (parts.length === 1 && only && only.k !== 'lit' && isInterpolation(original)) return only;
  if (parts.length === 0) return { k: 'lit', v: '' };
  return { k: 'tpl', parts };
}

/** `${...}` and nothing else: HCL yields the inner value, not its string form. */
function isInterpolation(s: string): boolean {
  return s.startsWith('${') && s.endsWith('}');
}
