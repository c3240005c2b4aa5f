import type { ResourceType } from '../../../model/resource.js';
import type { CollectResult } from '../../types.js';
import { CFN_MODEL_TYPES } from './adapters/index.js';
import { parseTemplate } from './parse.js';
import { collectTemplate } from './template.js';

export interface CloudFormationOptions {
  /** Parameter values (`--param Name=Value`); they win over each parameter's Default. */
  params?: Record<string, string>;
}

/** The model types this collector produces. */
export const CLOUDFORMATION_TYPES: readonly ResourceType[] = CFN_MODEL_TYPES;

const NOT_TEMPLATES = /\.(tf|tfvars|hcl|bicep|tfstate)$/i;
// A top-level key starts at column 0 in YAML (optionally quoted, after a byte-order mark).
const YAML_MARKER = /^\uFEFF?(?:AWSTemplateFormatVersion|["']?Resources["']?)[ \t]*:/m;
const JSON_MARKER = /"(?:AWSTemplateFormatVersion"\s*:|Resources"\s*:\s*\{)/;

/**
 * A cheap sniff, no parse: does the text look like a CloudFormation template (a top-level
 * `Resources` map or `AWSTemplateFormatVersion`), in JSON or YAML?
 */
export function looksLikeCloudFormation(file: string, text: string): boolean {
  if (NOT_TEMPLATES.test(file)) return false;
  const first = /\S/.exec(text)?.[0];
  if (first === '{') return JSON_MARKER.test(text) || YAML_MARKER.test(text);
  return YAML_MARKER.test(text);
}

/**
 * Reads one CloudFormation template (JSON or YAML) into model resources. Never throws for
 * bad input: a syntax error or a hostile structure is one problem naming the file and line,
 * with no resources. `file` is used verbatim in ids, origins and reference tokens.
 */
export function parseCloudFormation(file: string, text: string, opts: CloudFormationOptions = {}): CollectResult {
  try {
    const parsed = parseTemplate(file, text);
    if (!parsed.ok) return { resources: [], problems: [parsed.problem], coverage: [] };
    return collectTemplate(file, parsed.template, parsed.positions, opts.params ?? {}, text.length);
  } catch (err) {
    // A fault of ours must not end the scan of every other file either.
    const message = err instanceof Error ? err.message : String(err);
    return { resources: [], problems: [{ source: file, message: `could not read the template: ${message}` }], coverage: [] };
  }
}
