import { posix } from 'node:path';
import type { AnyResource } from '../../model/resource.js';
import type { InputProblem } from '../../util/errors.js';
import { type CollectResult, emptyResult, mergeResults } from '../types.js';
import { looksLikeArm, parseArm } from './arm/index.js';
import { looksLikeCloudFormation, parseCloudFormation } from './cloudformation/index.js';
import { collectNested, nestedTemplateFiles } from './cloudformation/nested.js';
import { attachInlineSuppressions } from './inline-suppress.js';
import { looksLikeTerraformPlan, parseTerraformModule, parseTerraformPlan } from './terraform/index.js';
import { type FoundFile, walkIac, type WalkOptions } from './walk.js';

export interface IacOptions extends WalkOptions {
  /** CloudFormation parameter overrides (`--param Name=Value`). */
  params?: Record<string, string>;
  /** Terraform variables (`--var name=value`). */
  vars?: Record<string, string>;
  /** Terraform variable files (`--var-file`), applied to every root module. */
  varFiles?: FoundFile[];
}

export interface IacCollectResult extends CollectResult {
  /** Paths given that do not exist. */
  missing: string[];
  /** How many files of each format were read. */
  files: { cloudformation: number; terraform: number; terraformPlan: number; arm: number };
}

/** Module directories another scanned module calls by a local path: not roots of their own. */
function calledLocalModules(tfFiles: FoundFile[]): Set<string> {
  const called = new Set<string>();
  // A discovery heuristic over the text, not a parse: it only decides which directories are
  // roots. The Terraform collector parses and follows the module blocks themselves.
  const re = /\bsource\s*=\s*"(\.{1,2}\/[^"]*)"/g;
  for (const f of tfFiles) {
    for (const m of f.text.matchAll(re)) called.add(posix.normalize(posix.join(posix.dirname(f.path), m[1]!)));
  }
  return called;
}

/**
 * Scans files and directories of CloudFormation (YAML/JSON) and Terraform (HCL module
 * directories and `terraform show -json` plans). Every file that cannot be read is a
 * problem naming it; the rest of the scan goes on.
 */
export async function collectIac(paths: string[], opts: IacOptions = {}): Promise<IacCollectResult> {
  const walked = walkIac(paths, opts);
  const result: IacCollectResult = {
    ...emptyResult(),
    problems: [...walked.problems],
    missing: walked.missing,
    files: { cloudformation: 0, terraform: 0, terraformPlan: 0, arm: 0 },
  };
  const tfByDir = new Map<string, FoundFile[]>();
  const tfvarsByDir = new Map<string, FoundFile[]>();
  const texts = new Map(walked.files.map((f) => [posix.normalize(f.path), f.text]));
  // Templates used as local nested stacks are read through their parents, with what they pass.
  const children = nestedTemplateFiles(walked.files.filter((f) => !f.path.endsWith('.tf') && looksLikeCloudFormation(f.path, f.text)));
  for (const f of walked.files) {
    const dir = posix.dirname(f.path);
    if (f.path.endsWith('.tf')) {
      tfByDir.set(dir, [...(tfByDir.get(dir) ?? []), f]);
    } else if (f.path.endsWith('.tfvars')) {
      const base = posix.basename(f.path);
      if (base === 'terraform.tfvars' || base.endsWith('.auto.tfvars')) {
        tfvarsByDir.set(dir, [...(tfvarsByDir.get(dir) ?? []), f]);
      }
    } else if (f.path.endsWith('.bicep')) {
      result.problems.push({ source: f.path, message: 'Bicep source is not read: compile it with `az bicep build` and scan the JSON it writes; its resources were not assessed' });
    } else if (f.path.endsWith('.json') && looksLikeArm(f.text)) {
      result.files.arm++;
      mergeResults(result, parseArm(f.path, f.text, opts.params ?? {}));
    } else if (f.path.endsWith('.json') && looksLikeTerraformPlan(f.text)) {
      result.files.terraformPlan++;
      mergeResults(result, parseTerraformPlan(f.path, f.text));
    } else if (looksLikeCloudFormation(f.path, f.text)) {
      result.files.cloudformation++;
      if (children.has(posix.normalize(f.path))) continue;
      const parsed = parseCloudFormation(f.path, f.text, { ...(opts.params ? { params: opts.params } : {}) });
      mergeResults(result, parsed);
      if (parsed.nested.length) mergeResults(result, collectNested(f.path, f.path, parsed, texts));
    }
  }
  const called = calledLocalModules([...tfByDir.values()].flat());
  for (const [dir, files] of tfByDir) {
    if (called.has(posix.normalize(dir))) continue;
    result.files.terraform += files.length;
    const varFiles = [...(tfvarsByDir.get(dir) ?? []), ...(opts.varFiles ?? [])];
    mergeResults(
      result,
      await parseTerraformModule(dir, files, {
        ...(opts.vars ? { vars: opts.vars } : {}),
        ...(varFiles.length ? { varFiles } : {}),
      }),
    );
  }
  attachHclSuppressions(tfByDir, result);
  return result;
}

/** `# phiguard:suppress` comments of every Terraform file read, onto the resources it declares. */
function attachHclSuppressions(tfByDir: Map<string, FoundFile[]>, result: IacCollectResult): void {
  const byFile = new Map<string, AnyResource[]>();
  for (const r of result.resources) {
    if (r.origin.kind !== 'iac' || r.origin.format !== 'terraform') continue;
    const list = byFile.get(r.origin.file);
    if (list) list.push(r);
    else byFile.set(r.origin.file, [r]);
  }
  for (const files of tfByDir.values()) {
    for (const f of files) result.problems.push(...attachInlineSuppressions(f.path, f.text, byFile.get(f.path) ?? [], 'hcl'));
  }
}

export type { InputProblem };
