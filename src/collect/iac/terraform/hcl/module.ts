import { posix } from 'node:path';
import { unknown } from '../../../../model/unknown.js';
import type { InputProblem } from '../../../../util/errors.js';
import { type CollectResult, emptyResult } from '../../../types.js';
import { buildResources, MAPPED_TYPES } from '../build.js';
import { collectDeclared } from './collect.js';
import { type Ctx, Evaluator, type Scope } from './evaluate.js';
import { ExpressionTable } from './expressions.js';
import { ModuleInstance, type Run } from './instance.js';
import { type Body, ModuleLoader, normalizeDir, type ParsedModule, parseFiles, type SourceFile } from './load.js';
import type { Val } from './values.js';

export interface ModuleOptions {
  /** `-var name=value`: strings, read as HCL when the variable's type is not `string`. */
  vars?: Record<string, string>;
  /** tfvars files (HCL, or JSON when the name ends in `.json`). */
  varFiles?: SourceFile[];
}

/** Registers the strings evaluation may reach, so the library parses them in a few batches. */
function register(mod: ParsedModule, table: ExpressionTable): void {
  for (const l of mod.locals.values()) table.addAll(l.raw);
  for (const o of mod.outputs.values()) table.addAll(o.raw);
  for (const c of mod.calls.values()) table.addAll(c.body);
  for (const p of mod.providers.values()) table.addAll(p.default_tags);
  for (const v of mod.variables.values()) table.addAll(v.body.default);
  for (const r of mod.resources.values()) {
    if (MAPPED_TYPES.has(r.type)) table.addAll(r.body);
    else {
      table.addAll(r.body.count);
      table.addAll(r.body.for_each);
    }
  }
}

/** tfvars hold constants: a reference in one is unknown, never resolved against the module. */
function constantScope(table: ExpressionTable): Scope {
  const no = (what: string) => unknown(`a variables file cannot refer to ${what}`);
  return {
    table,
    variable: (n) => no(`var.${n}`),
    local: (n) => no(`local.${n}`),
    resource: (t, n) => no(`${t}.${n}`),
    module: (n) => no(`module.${n}`),
    path: (k) => no(`path.${k}`),
  };
}

/** Terraform's order: terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) by name, then the rest as given. */
function orderVarFiles(files: SourceFile[]): SourceFile[] {
  const base = (f: SourceFile) => posix.basename(f.path.replace(/\\/g, '/'));
  const rank = (f: SourceFile) => (base(f) === 'terraform.tfvars' ? 0 : base(f) === 'terraform.tfvars.json' ? 1 : /\.auto\.tfvars(\.json)?$/.test(base(f)) ? 2 : 3);
  return files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || (rank(a.f) === 2 ? (base(a.f) < base(b.f) ? -1 : base(a.f) > base(b.f) ? 1 : 0) : a.i - b.i))
    .map((x) => x.f);
}

async function readVarFiles(files: SourceFile[], problems: InputProblem[]): Promise<Body[]> {
  const out: Body[] = [];
  for (const f of orderVarFiles(files)) {
    if (f.path.endsWith('.json')) {
      try {
        const json = JSON.parse(f.text) as unknown;
        if (json && typeof json === 'object' && !Array.isArray(json)) out.push(json as Body);
        else problems.push({ source: f.path, message: 'variables file is not a JSON object' });
      } catch (err) {
        problems.push({ source: f.path, message: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
      }
      continue;
    }
    const [parsed] = await parseFiles([f], problems);
    if (parsed) out.push(parsed.json);
  }
  return out;
}

/** A `-var` value is a string unless the variable's type says it must be read as HCL. */
function varExpression(mod: ParsedModule, name: string, value: string): string {
  const type = mod.variables.get(name)?.body.type;
  const isString = type === undefined || (typeof type === 'string' && /^\$\{\s*string\s*\}$/.test(type));
  return isString ? value.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{') : `\${${value}}`;
}

export async function parseTerraformModule(dir: string, files: SourceFile[], opts: ModuleOptions = {}): Promise<CollectResult> {
  const result = emptyResult();
  const rootDir = normalizeDir(dir);
  try {
    const table = new ExpressionTable();
    const problems = result.problems;
    const loader = new ModuleLoader(table, problems, register);
    const root = await loader.loadRoot(
      rootDir,
      files.map((f) => ({ path: f.path.replace(/\\/g, '/'), text: f.text })),
    );
    const varBodies = await readVarFiles(opts.varFiles ?? [], problems);
    for (const b of varBodies) table.addAll(b);
    const cliVars = Object.entries(opts.vars ?? {}).map(([k, v]) => [k, varExpression(root.mod, k, v)] as const);
    for (const [, expr] of cliVars) table.add(expr);
    await table.prepare();

    const evaluator = new Evaluator();
    const constCtx: Ctx = { scope: constantScope(table), env: {} };
    const rootVars = new Map<string, Val>();
    for (const b of varBodies) for (const [k, raw] of Object.entries(b)) rootVars.set(k, evaluator.raw(raw, constCtx));
    for (const [k, expr] of cliVars) rootVars.set(k, evaluator.raw(expr, constCtx));

    const run: Run = { rootDir, table, evaluator, problems, rootVars };
    const declared = collectDeclared(new ModuleInstance(run, root, ''), MAPPED_TYPES);
    result.resources.push(...buildResources(declared));
  } catch (err) {
    // Input problems are reported above; reaching here is a fault of ours, reported without a stack.
    result.problems.push({ source: rootDir, message: `Terraform module could not be assessed: ${err instanceof Error ? err.message : String(err)}` });
  }
  return result;
}
