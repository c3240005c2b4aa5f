import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../util/errors.js';
import { configSchema, type Config, settle } from './schema.js';

export const DEFAULT_CONFIG_FILE = 'phiguard.config.yaml';

/** The line of the node at `path` in the document, or of its nearest existing parent. */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: (string | number)[]): number | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  let line: number | undefined;
  const at = (n: Node | null | undefined) => (n?.range ? counter.linePos(n.range[0]).line : undefined);
  line = at(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      line = at(pair.key as Node) ?? line;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | null;
      line = at(node) ?? line;
    } else break;
  }
  return line;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    '',
  );
}

/** Parses and validates a config file; every problem names the file, line and key. */
export function parseConfig(text: string, file: string, knownRules?: ReadonlySet<string>): Config {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? counter.linePos(firstError.pos[0]).line;
    throw new InputError(`${file}${line ? `:${line}` : ''}: invalid YAML: ${firstError.message.split('\n')[0]}`);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new InputError(`${file}: invalid YAML: ${(e as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    let path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      path = [...path, issue.keys[0]!];
      message = `unknown key "${issue.keys[0]}"`;
    }
    const line = lineOf(doc, counter, path);
    throw new InputError(`${file}${line ? `:${line}` : ''}: ${formatPath(path) || '(top level)'}: ${message}`);
  }
  if (knownRules) {
    for (const id of Object.keys(parsed.data.rules ?? {})) {
      if (!knownRules.has(id)) {
        const line = lineOf(doc, counter, ['rules', id]);
        throw new InputError(`${file}${line ? `:${line}` : ''}: rules.${id}: no rule has this id (see phiguard rules)`);
      }
    }
    for (const [i, s] of (parsed.data.suppressions ?? []).entries()) {
      if (s.rule !== '*' && !knownRules.has(s.rule)) {
        const line = lineOf(doc, counter, ['suppressions', i, 'rule']);
        throw new InputError(`${file}${line ? `:${line}` : ''}: suppressions[${i}].rule: no rule has id "${s.rule}"`);
      }
    }
  }
  return settle(parsed.data, file);
}

/**
 * Loads `--config FILE`, or `phiguard.config.yaml` in the working directory when present.
 * An explicit file that is missing is an error; a missing default is not.
 */
export function loadConfig(explicit: string | undefined, knownRules?: ReadonlySet<string>): Config {
  const file = explicit ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  if (!file) return settle({});
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfig(text, file, knownRules);
}
