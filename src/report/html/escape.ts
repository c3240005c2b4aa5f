import { terminalSafe } from '../escape.js';

/**
 * Markup built from report data goes through `html```: every interpolated value is escaped
 * unless it is itself the output of `html` (or `trusted`). Forgetting to escape is then
 * impossible by construction; the only way to insert raw markup is to say so.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for an HTML text node or a quoted attribute (also inside SVG). Control characters and
 * bidirectional overrides become visible `\uXXXX` escapes first, so a name cannot display as
 * something other than what it is.
 */
export function escapeHtml(value: unknown): string {
  const s = value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);
  return terminalSafe(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function part(p: Part): string {
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return p.map(part).join('');
  if (p === null || p === undefined || p === false) return '';
  return escapeHtml(p);
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup written by this module (CSS, the script, constant SVG), never data. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * JSON for a `<script type="application/json">` block: `<` becomes `\u003c`, so no string
 * can close the script element or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A fragment id from any string: only [a-z0-9-], so it is safe in `id` and `href="#…"`. */
export function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
