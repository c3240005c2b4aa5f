import type { InlineSuppression } from '../../model/origin.js';
import type { AnyResource } from '../../model/resource.js';
import type { InputProblem } from '../../util/errors.js';

/**
 * Inline exceptions written beside the resource they excuse, so the reason travels with the
 * code review that accepted it:
 *
 *   # phiguard:suppress aws-s3-bucket-versioning-enabled expires=2027-06-30 -- archive bucket, Object Lock instead
 *
 * in YAML (CloudFormation) and HCL (`#` or `//`), inside the resource's block or on the
 * comment lines directly above it; and in CloudFormation as resource `Metadata`:
 *
 *   Metadata: { phiguard: { suppress: [ { rule: ID, reason: TEXT, expires: YYYY-MM-DD } ] } }
 *
 * A directive without a reason of at least 10 characters, or with a malformed date, is a
 * problem naming the file and line, and excuses nothing.
 */
export const MIN_REASON = 10;

const DIRECTIVE = /(?:#|\/\/)\s*phiguard:suppress\b(.*)$/;
const RULE_ID = /^(?:\*|[a-z0-9]+(?:-[a-z0-9]+)+)$/;

interface Directive extends InlineSuppression {
  line: number;
}

/** Parses one directive's text after `phiguard:suppress`. */
export function parseDirective(body: string): { rules: string[]; reason?: string; expires?: string } | { error: string } {
  const [head = '', ...rest] = body.split(/\s--\s|\s--$/);
  const reason = rest.join(' -- ').trim();
  const words = head.trim().split(/\s+/).filter(Boolean);
  const rules: string[] = [];
  let expires: string | undefined;
  for (const w of words) {
    const exp = /^expires=(.*)$/.exec(w);
    if (exp) {
      if (!validDate(exp[1]!)) return { error: `expires must be a date YYYY-MM-DD, not "${exp[1]}"` };
      expires = exp[1];
      continue;
    }
    for (const id of w.split(',').filter(Boolean)) {
      if (!RULE_ID.test(id)) return { error: `"${id}" is not a rule id` };
      rules.push(id);
    }
  }
  if (rules.length === 0) return { error: 'names no rule' };
  return { rules, ...(reason ? { reason } : {}), ...(expires ? { expires } : {}) };
}

function validDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
}

/** Every directive of a file, with problems for the malformed ones. */
function directivesOf(file: string, text: string): { found: Directive[]; problems: InputProblem[] } {
  const found: Directive[] = [];
  const problems: InputProblem[] = [];
  // A cheap test first: almost no file has a directive, and splitting a large one costs.
  if (!text.includes('phiguard:suppress')) return { found, problems };
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    const m = DIRECTIVE.exec(l);
    if (!m) return;
    const line = i + 1;
    const parsed = parseDirective(m[1]!);
    if ('error' in parsed) {
      problems.push({ source: file, line, message: `phiguard:suppress ${parsed.error}; it excuses nothing` });
      return;
    }
    if (!parsed.reason || parsed.reason.length < MIN_REASON) {
      problems.push({
        source: file,
        line,
        message: `phiguard:suppress needs a reason of at least ${MIN_REASON} characters after " -- "; it excuses nothing`,
      });
      return;
    }
    for (const rule of parsed.rules) {
      found.push({ rule, reason: parsed.reason, line, ...(parsed.expires ? { expires: parsed.expires } : {}) });
    }
  });
  return { found, problems };
}

const indentOf = (l: string): number => l.length - l.trimStart().length;
const isComment = (l: string): boolean => /^\s*(#|\/\/)/.test(l);

/**
 * The lines that belong to the resource declared at `start` (1-based): the comment lines
 * right above it, then its block — in YAML until a line indented no deeper than the key, in
 * HCL until the closing brace at column 0 (as `terraform fmt` writes it).
 */
function extent(lines: string[], start: number, style: 'yaml' | 'hcl'): [number, number] {
  let first = start;
  while (first > 1 && isComment(lines[first - 2]!)) first--;
  let last = start;
  const base = indentOf(lines[start - 1] ?? '');
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (style === 'hcl') {
      last = i + 1;
      if (/^}/.test(l)) break;
      continue;
    }
    if (l.trim() === '' || isComment(l)) {
      last = i + 1;
      continue;
    }
    if (indentOf(l) <= base) break;
    last = i + 1;
  }
  return [first, last];
}

/**
 * Attaches the file's directives to the resources declared in it. Resources from one
 * declaration (count, for_each, module instances) all carry it.
 */
export function attachInlineSuppressions(file: string, text: string, resources: AnyResource[], style: 'yaml' | 'hcl'): InputProblem[] {
  const { found, problems } = directivesOf(file, text);
  if (found.length === 0) return problems;
  const lines = text.split('\n');
  const used = new Set<Directive>();
  for (const r of resources) {
    const o = r.origin;
    if (o.kind !== 'iac' || o.file !== file || o.line === undefined) continue;
    const [from, to] = extent(lines, o.line, style);
    const mine = found.filter((d) => d.line >= from && d.line <= to);
    if (mine.length === 0) continue;
    for (const d of mine) used.add(d);
    o.suppressions = [...(o.suppressions ?? []), ...mine.map(({ rule, reason, expires }) => ({ rule, reason, ...(expires ? { expires } : {}) }))];
  }
  for (const d of found) {
    if (!used.has(d)) problems.push({ source: file, line: d.line, message: `phiguard:suppress ${d.rule} is not inside or directly above a resource phiguard checks; it excuses nothing` });
  }
  return problems;
}

/** Reads `Metadata.phiguard.suppress` of a CloudFormation resource. */
export function metadataSuppressions(metadata: unknown): { found: InlineSuppression[]; errors: string[] } {
  const found: InlineSuppression[] = [];
  const errors: string[] = [];
  const block = isRecord(metadata) && isRecord(metadata.phiguard) ? metadata.phiguard.suppress : undefined;
  if (block === undefined) return { found, errors };
  if (!Array.isArray(block)) return { found, errors: ['Metadata.phiguard.suppress should be a list'] };
  for (const item of block) {
    if (!isRecord(item) || typeof item.rule !== 'string' || !RULE_ID.test(item.rule)) {
      errors.push('Metadata.phiguard.suppress entries need a rule id');
      continue;
    }
    const reason = typeof item.reason === 'string' ? item.reason.trim() : '';
    if (reason.length < MIN_REASON) {
      errors.push(`Metadata.phiguard.suppress for ${item.rule} needs a reason of at least ${MIN_REASON} characters; it excuses nothing`);
      continue;
    }
    const expires = item.expires instanceof Date ? item.expires.toISOString().slice(0, 10) : item.expires;
    if (expires !== undefined && (typeof expires !== 'string' || !validDate(expires))) {
      errors.push(`Metadata.phiguard.suppress for ${item.rule}: expires must be a date YYYY-MM-DD; it excuses nothing`);
      continue;
    }
    found.push({ rule: item.rule, reason, ...(expires ? { expires } : {}) });
  }
  return { found, errors };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
