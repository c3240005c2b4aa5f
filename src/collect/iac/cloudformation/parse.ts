import { constructFromEvents, type Event, parseEvents, YAMLException } from 'js-yaml';
import type { InputProblem } from '../../../util/errors.js';
import { IAC_LIMITS } from '../limits.js';
import { checkExpansion } from './guard.js';
import { firstJsonFault, readJsonLayout } from './json-layout.js';
import { type Position, positionOf, positionsOf } from './lines.js';
import { CFN_SCHEMA } from './schema.js';
import { isRecord } from './values.js';
import { readYamlLayout } from './yaml-events.js';

export type TemplateBody = Record<string, unknown>;

export type ParseOutcome =
  | { ok: true; template: TemplateBody; positions: Map<string, Position> }
  | { ok: false; problem: InputProblem };

function fail(file: string, message: string, at?: Position): ParseOutcome {
  return { ok: false, problem: { source: file, ...(at ?? {}), message } };
}

function withPositions(text: string, template: unknown, keys: Map<string, number>, file: string): ParseOutcome {
  if (!isRecord(template)) return fail(file, 'not a CloudFormation template: the top level is not a mapping');
  const ids = [...keys.keys()];
  const found = positionsOf(text, [...keys.values()]);
  const positions = new Map<string, Position>();
  ids.forEach((id, i) => positions.set(id, found[i]!));
  return { ok: true, template, positions };
}

function parseYaml(file: string, text: string): ParseOutcome {
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: IAC_LIMITS.maxDepth });
    documents = constructFromEvents(events, { source: text, filename: file, schema: CFN_SCHEMA });
  } catch (err) {
    if (!(err instanceof YAMLException)) return fail(file, `could not read YAML: ${String(err)}`);
    const at = err.mark ? { line: err.mark.line + 1, column: err.mark.column + 1 } : undefined;
    const message = err.reason.startsWith('nesting exceeded maxDepth')
      ? `nesting deeper than ${IAC_LIMITS.maxDepth} levels`
      : `invalid YAML: ${err.reason}`;
    return fail(file, message, at);
  }
  if (documents.length === 0) return fail(file, 'the file holds no YAML document');
  if (documents.length > 1) return fail(file, 'the file holds several YAML documents; a template is one');
  const layout = readYamlLayout(text, events);
  if (layout.aliases > 0) {
    const fault = checkExpansion(documents[0]);
    if (fault === 'too-many-nodes') {
      return fail(
        file,
        `YAML aliases expand to more than ${IAC_LIMITS.maxExpandedNodes} nodes (an alias bomb?); the template was not read`,
      );
    }
    if (fault === 'too-deep') {
      return fail(file, `YAML aliases nest deeper than ${IAC_LIMITS.maxDepth} levels (a recursive alias?)`);
    }
  }
  return withPositions(text, documents[0], layout.resourceKeys, file);
}

/** V8 names the offset in most messages; newer engines also give line and column. */
function jsonFaultPosition(message: string, text: string): Position {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  // A fault at the very end (truncated file) is shown on the last line with content.
  const at = (offset: number) => positionOf(text, Math.min(offset, text.trimEnd().length));
  const pos = /at position (\d+)/.exec(message);
  if (pos) return at(Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return at(text.length);
  return at(firstJsonFault(text));
}

function parseJson(file: string, text: string): ParseOutcome {
  // A byte-order mark is not JSON whitespace; a space keeps every offset where it was.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  let template: unknown;
  try {
    template = JSON.parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // A `{`-led file that JSON rejects may be a YAML flow mapping (unquoted keys, short-form
    // tags), unless it is named .json: YAML would accept a JSON typo (`tru`) as text.
    if (!/\.json$/i.test(file)) {
      const asYaml = parseYaml(file, text);
      if (asYaml.ok) return asYaml;
    }
    return fail(file, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '')}`, jsonFaultPosition(message, source));
  }
  const layout = readJsonLayout(source, IAC_LIMITS.maxDepth);
  if (layout.tooDeepAt !== null) {
    return fail(file, `nesting deeper than ${IAC_LIMITS.maxDepth} levels`, positionOf(source, layout.tooDeepAt));
  }
  return withPositions(source, template, layout.resourceKeys, file);
}

/**
 * Text to template object, never throwing: a syntax error, a hostile structure or a value
 * that is not a mapping becomes one problem naming the file and, where known, the line.
 */
export function parseTemplate(file: string, text: string): ParseOutcome {
  // `\s` covers the byte-order mark, so this finds the first real character.
  const first = /\S/.exec(text);
  return first?.[0] === '{' ? parseJson(file, text) : parseYaml(file, text);
}
