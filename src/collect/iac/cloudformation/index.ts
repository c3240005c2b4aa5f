import type { ResourceType } from '../../../model/resource.js';
import type { CollectResult } from '../../types.js';
import type { InputProblem } from '../../../util/errors.js';
import { CFN_MODEL_TYPES } from './adapters/index.js';
import { attachInlineSuppressions, metadataSuppressions } from '../inline-suppress.js';
import type { Position } from './lines.js';
import { parseTemplate, type TemplateBody } from './parse.js';
import { expandSam, usesSam } from './sam.js';
import { collectTemplate, type TemplateResult } from './template.js';
import { isRecord } from './values.js';

export interface CloudFormationOptions {
  /** Parameter values (`--param Name=Value`, or what a parent stack passes); they win over each parameter's Default. */
  params?: Readonly<Record<string, unknown>>;
  /** For a nested stack: what its ids and reference tokens are scoped to (default: the file). */
  scope?: string;
}

export type { NestedStack, TemplateResult } from './template.js';

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
 * What resource `Metadata` says of the model resources: `phiguard.suppress` exceptions, and
 * the CDK construct path a synthesized resource comes from.
 */
function attachMetadata(
  file: string,
  template: TemplateBody,
  positions: ReadonlyMap<string, Position>,
  result: CollectResult,
): void {
  const declared = isRecord(template.Resources) ? template.Resources : {};
  for (const r of result.resources) {
    const o = r.origin;
    if (o.kind !== 'iac') continue;
    const decl = Object.hasOwn(declared, o.address) ? declared[o.address] : undefined;
    if (!isRecord(decl) || decl.Metadata === undefined) continue;
    const cdkPath = isRecord(decl.Metadata) ? decl.Metadata['aws:cdk:path'] : undefined;
    if (typeof cdkPath === 'string') o.construct = cdkPath;
    const { found, errors } = metadataSuppressions(decl.Metadata);
    for (const message of errors) result.problems.push({ source: file, ...(positions.get(o.address) ?? {}), message: `${o.address}: ${message}` });
    if (found.length) o.suppressions = [...(o.suppressions ?? []), ...found];
  }
}

/**
 * Reads one CloudFormation template (JSON or YAML) into model resources. Never throws for
 * bad input: a syntax error or a hostile structure is one problem naming the file and line,
 * with no resources. `file` is used verbatim in ids, origins and reference tokens.
 */
export function parseCloudFormation(file: string, text: string, opts: CloudFormationOptions = {}): TemplateResult {
  try {
    const parsed = parseTemplate(file, text);
    if (!parsed.ok) return { resources: [], problems: [parsed.problem], coverage: [], nested: [] };
    let { template, positions } = parsed;
    const samProblems: InputProblem[] = [];
    if (usesSam(template)) {
      const sam = expandSam(template, positions);
      ({ template, positions } = sam);
      for (const p of sam.problems) samProblems.push({ source: file, ...(positions.get(p.logicalId) ?? {}), message: p.message });
    }
    const result = collectTemplate(file, template, positions, opts.params ?? {}, text.length, opts.scope ?? file);
    result.problems.unshift(...samProblems);
    attachMetadata(file, template, positions, result);
    if (/\S/.exec(text)?.[0] !== '{') result.problems.push(...attachInlineSuppressions(file, text, result.resources, 'yaml'));
    return result;
  } catch (err) {
    // A fault of ours must not end the scan of every other file either.
    const message = err instanceof Error ? err.message : String(err);
    return { resources: [], problems: [{ source: file, message: `could not read the template: ${message}` }], coverage: [], nested: [] };
  }
}
