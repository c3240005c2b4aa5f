import { IAC_LIMITS } from '../../limits.js';

/**
 * A small expression tree the evaluator understands. It is built from the AST that
 * `@cdktf/hcl2json`'s `getExpressionAst` returns (HashiCorp's own HCL parser), or, for the
 * one shape that makes up most of a configuration — a string whose interpolations are plain
 * references such as `${aws_kms_key.phi.arn}` — directly from the string (see `fastPath`).
 */
export type Step = { attr: string } | { index: Expr };

export type Expr =
  | { k: 'lit'; v: string | number | boolean | null }
  | { k: 'tpl'; parts: Expr[] }
  | { k: 'trav'; root: string; steps: Step[]; text: string }
  | { k: 'rel'; source: Expr; steps: Step[]; text: string }
  | { k: 'index'; coll: Expr; key: Expr; text: string }
  | { k: 'tuple'; items: Expr[] }
  | { k: 'object'; items: [Expr, Expr][] }
  | { k: 'call'; name: string; args: Expr[]; expand: boolean; text: string }
  | { k: 'cond'; c: Expr; t: Expr; f: Expr }
  | { k: 'unary'; op: string; v: Expr; text: string }
  | { k: 'binary'; op: string; l: Expr; r: Expr; text: string }
  | { k: 'unsupported'; text: string }
  /** A value as hcl2json returns it (strings are templates), evaluated like an attribute. */
  | { k: 'raw'; v: unknown };

/** The parts of the library's AST we read; the published types are looser than the data. */
export interface AstNode {
  type: string;
  children?: AstNode[];
  meta?: {
    value?: string;
    type?: string;
    name?: string;
    operator?: string;
    expandedFinalArgument?: boolean;
    traversal?: { type: string; segment: string }[];
  };
  range?: { start: { byte: number }; end: { byte: number } };
}

const KEYWORDS: Record<string, string | boolean | null> = { true: true, false: false, null: null };

/** HCL quoted-string escapes; the AST hands literal parts back as source text. */
function decodeQuoted(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    switch (esc?.[0]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(esc.slice(1), 16));
      default:
        return esc ?? m;
    }
  });
}

/** Heredocs keep backslashes; only the template escapes apply. */
function decodeHeredoc(s: string): string {
  return s.replace(/\$\$\{|%%\{/g, (m) => (m === '$${' ? '${' : '%{'));
}

function indexSegment(seg: string): Expr {
  if (seg.startsWith('"')) {
    try {
      return { k: 'lit', v: JSON.parse(seg) as string };
    } catch {
      return { k: 'unsupported', text: seg };
    }
  }
  const n = Number(seg);
  return Number.isFinite(n) ? { k: 'lit', v: n } : { k: 'unsupported', text: seg };
}

function steps(parts: { type: string; segment: string }[]): Step[] {
  return parts.map((p) => (p.type === 'indexTraversal' ? { index: indexSegment(p.segment) } : { attr: p.segment }));
}

type Mode = 'quoted' | 'heredoc';

/**
 * Converts one library AST node. `src` is the exact text handed to the library (as bytes:
 * ranges are byte offsets), needed because bare object keys carry no value of their own.
 */
export function fromAst(node: AstNode, src: Buffer, mode: Mode = 'heredoc', depth = 0): Expr {
  const kids = node.children ?? [];
  const meta = node.meta ?? {};
  const text = meta.value ?? node.type;
  if (depth > IAC_LIMITS.maxDepth) return { k: 'unsupported', text };
  const sub = (c: AstNode, m: Mode = mode): Expr => fromAst(c, src, m, depth + 1);
  switch (node.type) {
    case 'literalValue':
      if (meta.type === 'string') return { k: 'lit', v: mode === 'quoted' ? decodeQuoted(text) : decodeHeredoc(text) };
      if (meta.type === 'number') return { k: 'lit', v: Number(text) };
      if (meta.type === 'bool') return { k: 'lit', v: text === 'true' };
      if (text === 'null') return { k: 'lit', v: null };
      return { k: 'unsupported', text };
    case 'template': {
      const m: Mode = text.startsWith('<<') ? 'heredoc' : text.startsWith('"') ? 'quoted' : mode;
      const parts = kids.map((c) => sub(c, m));
      return parts.length === 1 && parts[0]?.k === 'lit' ? parts[0] : { k: 'tpl', parts };
    }
    case 'templateWrap':
      return kids[0] ? sub(kids[0]) : { k: 'unsupported', text };
    case 'scopeTraversal': {
      const [root, ...rest] = meta.traversal ?? [];
      if (!root) return { k: 'unsupported', text };
      if (rest.length === 0 && root.segment in KEYWORDS) return { k: 'lit', v: KEYWORDS[root.segment] ?? null };
      return { k: 'trav', root: root.segment, steps: steps(rest), text };
    }
    case 'relativeTraversal':
      return kids[0]
        ? { k: 'rel', source: sub(kids[0]), steps: steps(meta.traversal ?? []), text }
        : { k: 'unsupported', text };
    case 'index':
      return kids[0] && kids[1]
        ? { k: 'index', coll: sub(kids[0]), key: sub(kids[1]), text }
        : { k: 'unsupported', text };
    case 'tuple':
      return { k: 'tuple', items: kids.map((c) => sub(c)) };
    case 'object': {
      const items: [Expr, Expr][] = [];
      for (let i = 0; i + 1 < kids.length; i += 2) {
        items.push([objectKey(kids[i] as AstNode, src, sub), sub(kids[i + 1] as AstNode)]);
      }
      return { k: 'object', items };
    }
    case 'function':
      return { k: 'call', name: meta.name ?? '', args: kids.map((c) => sub(c)), expand: !!meta.expandedFinalArgument, text };
    case 'conditional':
      return kids.length === 3
        ? { k: 'cond', c: sub(kids[0]!), t: sub(kids[1]!), f: sub(kids[2]!) }
        : { k: 'unsupported', text };
    case 'unaryOp':
      return kids[0] ? { k: 'unary', op: meta.operator ?? '', v: sub(kids[0]), text } : { k: 'unsupported', text };
    case 'binaryOp':
      return kids.length === 2
        ? { k: 'binary', op: meta.operator ?? '', l: sub(kids[0]!), r: sub(kids[1]!), text }
        : { k: 'unsupported', text };
    case '':
      // Parentheses come back as an untyped node around their content.
      return kids.length === 1 ? sub(kids[0]!) : { k: 'unsupported', text: sourceOf(node, src) };
    default:
      return { k: 'unsupported', text };
  }
}

function sourceOf(node: AstNode, src: Buffer): string {
  return node.range ? src.subarray(node.range.start.byte, node.range.end.byte).toString('utf8') : '';
}

/** A bare identifier key has no children and no value: its name is its source text. */
function objectKey(node: AstNode, src: Buffer, sub: (n: AstNode) => Expr): Expr {
  if (node.type === '' && (node.children ?? []).length === 0) return { k: 'lit', v: sourceOf(node, src) };
  return sub(node);
}

const TRAVERSAL = String.raw`[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[[0-9]+\]|\["[A-Za-z0-9_./:@ -]*"\])*`;
const TOKENS = new RegExp(String.raw`\$\$\{|%%\{|\$\{\s*(${TRAVERSAL})\s*\}|\$\{|%\{`, 'g');
const STEP = /\.([A-Za-z_][A-Za-z0-9_-]*)|\[([0-9]+)\]|\[("[^"]*")\]/g;

function parseTraversal(text: string): Expr {
  const root = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text)?.[0] ?? '';
  const out: Step[] = [];
  STEP.lastIndex = root.length;
  for (let m = STEP.exec(text); m; m = STEP.exec(text)) {
    if (m[1] !== undefined) out.push({ attr: m[1] });
    else if (m[2] !== undefined) out.push({ index: { k: 'lit', v: Number(m[2]) } });
    else out.push({ index: indexSegment(m[3]!) });
  }
  if (out.length === 0 && root in KEYWORDS) return { k: 'lit', v: KEYWORDS[root] ?? null };
  return { k: 'trav', root, steps: out, text };
}

/**
 * The shape hcl2json gives most values: literal text with `${a.b.c}` interpolations. Parsing
 * every such string through the WebAssembly AST call costs about as much as parsing the file
 * itself, so strings made only of literal text and plain references (checked by a strict
 * pattern) are read here; anything else returns undefined and goes to the library.
 */
export function fastPath(s: string): Expr | undefined {
  if (!s.includes('${') && !s.includes('%{')) return { k: 'lit', v: s };
  const parts: Expr[] = [];
  let lit = '';
  let last = 0;
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(s); m; m = TOKENS.exec(s)) {
    lit += s.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '$${') lit += '${';
    else if (m[0] === '%%{') lit += '%{';
    else if (m[1] !== undefined) {
      if (lit) parts.push({ k: 'lit', v: lit });
      lit = '';
      parts.push(parseTraversal(m[1]));
    } else return undefined;
  }
  lit += s.slice(last);
  if (lit) parts.push({ k: 'lit', v: lit });
  if (parts.length === 1) return parts[0];
  return { k: 'tpl', parts };
}
