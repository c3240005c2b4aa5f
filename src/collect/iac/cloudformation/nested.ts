import { existsSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { isUnknown } from '../../../model/unknown.js';
import { type CollectResult, emptyResult, mergeResults } from '../../types.js';
import { IAC_LIMITS } from '../limits.js';
import { parseCloudFormation, type TemplateResult } from './index.js';
import { isRecord } from './values.js';

/**
 * Nested stacks referenced by a local path (`TemplateURL: ./network.yaml`, as written before
 * `aws cloudformation package` uploads them; or CDK's `aws:asset:path` metadata in cdk.out): the child is read with the parameters its
 * parent passes, resolved in the parent, and its resources are scoped under the parent's
 * stack resource so two instances of one child stay apart. A child that is not on disk (an
 * S3 or HTTPS URL, an unresolvable value) is reported, never skipped silently.
 */
const MAX_DEPTH = 8;

/** A TemplateURL that names a local file: not a URL, not an S3 location. */
export function localTemplatePath(parentFile: string, url: unknown): string | undefined {
  if (typeof url !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith('ref:')) return undefined;
  return posix.normalize(posix.join(posix.dirname(parentFile), url));
}

// A discovery heuristic over the text, not a parse: it only decides which files are
// children (read through their parents) rather than templates of their own.
const TEMPLATE_URL = /["']?TemplateURL["']?\s*:\s*["']?(\.{1,2}\/[^"'\s,}]+)/g;
const CDK_ASSET = /"aws:asset:path"\s*:\s*"([^"]+\.template\.json)"/g;

/** The files other scanned templates use as local nested stacks. */
export function nestedTemplateFiles(templates: readonly { path: string; text: string }[]): Set<string> {
  const out = new Set<string>();
  for (const t of templates) {
    if (!t.text.includes('TemplateURL')) continue;
    for (const m of t.text.matchAll(TEMPLATE_URL)) out.add(posix.normalize(posix.join(posix.dirname(t.path), m[1]!)));
    for (const m of t.text.matchAll(CDK_ASSET)) out.add(posix.normalize(posix.join(posix.dirname(t.path), m[1]!)));
  }
  return out;
}

/** Reads the nested stacks of a parsed template, and theirs, into one result. */
export function collectNested(
  parentFile: string,
  parentScope: string,
  parent: TemplateResult,
  texts: ReadonlyMap<string, string>,
  chain: readonly string[] = [parentFile],
): CollectResult {
  const out = emptyResult();
  for (const stack of parent.nested) {
    if (stack.exists === false) continue;
    const problem = (message: string): void => {
      out.problems.push({ source: parentFile, message: `nested stack ${stack.logicalId}: ${message}` });
    };
    const path = localTemplatePath(parentFile, stack.templateUrl);
    if (!path) {
      const where = isUnknown(stack.templateUrl) ? `its TemplateURL is not known (${stack.templateUrl.$unknown})` : `template ${String(stack.templateUrl)} is not on disk`;
      problem(`${where}; its resources were not assessed (scan the child template itself, with --param for what the parent passes)`);
      continue;
    }
    if (chain.includes(path)) {
      problem(`${path} includes itself through ${[...chain, path].join(' → ')}; not expanded again`);
      continue;
    }
    if (chain.length > MAX_DEPTH) {
      problem(`nested more than ${MAX_DEPTH} levels deep; ${path} not read`);
      continue;
    }
    const text = texts.get(path) ?? readChild(path, problem);
    if (text === undefined) continue;
    const params: Record<string, unknown> = {};
    if (isUnknown(stack.parameters)) {
      problem(`its Parameters are not known (${stack.parameters.$unknown}); ${path} is read with its defaults`);
    } else if (isRecord(stack.parameters)) {
      for (const [k, v] of Object.entries(stack.parameters)) params[k] = typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
    }
    const scope = `${parentScope}#${stack.logicalId}>${path}`;
    const child = parseCloudFormation(path, text, { params, scope });
    // A stack under an undecidable condition may exist: its resources are checked, as
    // top-level resources under such conditions are.
    for (const r of child.resources) if (r.origin.kind === 'iac') r.origin.address = `${stack.logicalId}/${r.origin.address}`;
    mergeResults(out, child);
    mergeResults(out, collectNested(path, scope, child, texts, [...chain, path]));
  }
  return out;
}

function readChild(path: string, problem: (m: string) => void): string | undefined {
  if (!existsSync(path)) {
    problem(`template ${path} not found; its resources were not assessed`);
    return undefined;
  }
  if (statSync(path).size > IAC_LIMITS.maxFileBytes) {
    problem(`template ${path} is larger than ${IAC_LIMITS.maxFileBytes} bytes; not read`);
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

