import { readdir, readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import type { InputProblem } from '../../../../util/errors.js';
import { IAC_LIMITS } from '../../limits.js';
import type { ExpressionTable } from './expressions.js';
import { blockPositions } from './positions.js';

export interface SourceFile {
  path: string;
  text: string;
}

export type Body = Record<string, unknown>;

export interface Located {
  file: string;
  line?: number;
  column?: number;
}

export interface ResourceBlock {
  type: string;
  name: string;
  body: Body;
  at: Located;
}

/** One directory's declarations, merged across its files. */
export interface ParsedModule {
  dir: string;
  variables: Map<string, { body: Body; file: string }>;
  locals: Map<string, { raw: unknown; file: string }>;
  /** Keyed `TYPE.NAME`. */
  resources: Map<string, ResourceBlock>;
  calls: Map<string, { body: Body; at: Located }>;
  outputs: Map<string, { raw: unknown; file: string }>;
  /** Keyed `aws` or `aws.ALIAS`. */
  providers: Map<string, Body>;
}

/** A module with the modules it calls, as far as they could be read. */
export interface ModuleNode {
  mod: ParsedModule;
  children: Map<string, ModuleNode>;
  /** Calls whose module was not read, with the reason (registry source, cycle, missing dir). */
  unread: Map<string, string>;
}

export function normalizeDir(dir: string): string {
  const d = dir.replace(/\\/g, '/');
  return d.length > 1 ? d.replace(/\/+$/, '') : d;
}

/** `file.tf:2,7-3,1: Summary; detail]` inside the library's error text. */
function syntaxProblem(file: string, err: unknown): InputProblem {
  const text = err instanceof Error ? err.message : String(err);
  const at = text.lastIndexOf(`${file}:`, text.length);
  const tail = at >= 0 ? text.slice(at + file.length + 1) : text;
  const m = /^(\d+),(\d+)(?:-(?:\d+,)?\d+)?: ([\s\S]*?)\]?\s*$/.exec(tail) ?? /:(\d+),(\d+)(?:-(?:\d+,)?\d+)?: ([\s\S]*?)\]?\s*$/.exec(text);
  if (!m) return { source: file, message: `HCL syntax error: ${text}` };
  return { source: file, line: Number(m[1]), column: Number(m[2]), message: m[3]!.trim() };
}

/** Parses the files of one directory; a file that cannot be read becomes a problem, the rest count. */
export async function parseFiles(files: SourceFile[], problems: InputProblem[]): Promise<{ file: SourceFile; json: Body }[]> {
  const usable = files.filter((f) => {
    if (f.text.length > IAC_LIMITS.maxFileBytes) {
      problems.push({ source: f.path, message: `file larger than ${IAC_LIMITS.maxFileBytes} bytes; skipped` });
      return false;
    }
    if (f.text.includes('\u0000')) {
      problems.push({ source: f.path, message: 'binary file; skipped' });
      return false;
    }
    return true;
  });
  const parsed = await Promise.all(
    usable.map(async (file) => {
      try {
        return { file, json: (await parse(file.path, file.text)) as Body };
      } catch (err) {
        problems.push(syntaxProblem(file.path, err));
        return undefined;
      }
    }),
  );
  return parsed.filter((p): p is { file: SourceFile; json: Body } => p !== undefined);
}

function blocks(v: unknown): Body[] {
  return Array.isArray(v) ? v.filter((b): b is Body => !!b && typeof b === 'object' && !Array.isArray(b)) : [];
}

function entries(v: unknown): [string, unknown][] {
  return v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : [];
}

/** Terraform's override files replace the arguments they name in the block they override. */
function isOverride(path: string): boolean {
  return /(^|\/)(override|[^/]*_override)\.tf$/.test(path);
}

function place<T>(map: Map<string, T>, key: string, value: T, override: boolean, merge: (a: T, b: T) => T, dup: () => void): void {
  const prev = map.get(key);
  if (prev === undefined) map.set(key, value);
  else if (override) map.set(key, merge(prev, value));
  else dup();
}

export function buildModule(dir: string, parsed: { file: SourceFile; json: Body }[], problems: InputProblem[]): ParsedModule {
  const mod: ParsedModule = {
    dir,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    calls: new Map(),
    outputs: new Map(),
    providers: new Map(),
  };
  const ordered = [...parsed.filter((p) => !isOverride(p.file.path)), ...parsed.filter((p) => isOverride(p.file.path))];
  for (const { file, json } of ordered) {
    const over = isOverride(file.path);
    const dup = (what: string) => () => problems.push({ source: file.path, message: `${what} is declared more than once; the first declaration is used` });
    const merge = <T extends { body: Body }>(a: T, b: T): T => ({ ...a, body: { ...a.body, ...b.body } });
    const positions = blockPositions(file.text);
    for (const [name, bs] of entries(json.variable)) {
      for (const body of blocks(bs)) place(mod.variables, name, { body, file: file.path }, over, merge, dup(`variable "${name}"`));
    }
    for (const body of blocks(json.locals)) {
      for (const [name, raw] of Object.entries(body)) {
        place(mod.locals, name, { raw, file: file.path }, over, (_a, b) => b, dup(`local.${name}`));
      }
    }
    for (const [name, bs] of entries(json.output)) {
      for (const body of blocks(bs)) {
        place(mod.outputs, name, { raw: body.value, file: file.path }, over, (_a, b) => b, dup(`output "${name}"`));
      }
    }
    for (const [name, bs] of entries(json.module)) {
      const at: Located = { file: file.path, ...positions.get(`module.${name}`) };
      for (const body of blocks(bs)) place(mod.calls, name, { body, at }, over, merge, dup(`module "${name}"`));
    }
    for (const [type, named] of entries(json.resource)) {
      for (const [name, bs] of entries(named)) {
        const at: Located = { file: file.path, ...positions.get(`resource.${type}.${name}`) };
        for (const body of blocks(bs)) {
          place(mod.resources, `${type}.${name}`, { type, name, body, at }, over, merge, dup(`resource "${type}" "${name}"`));
        }
      }
    }
    for (const [name, bs] of entries(json.provider)) {
      for (const body of blocks(bs)) {
        const alias = typeof body.alias === 'string' ? body.alias : undefined;
        const key = alias ? `${name}.${alias}` : name;
        place(mod.providers, key, body, over, (a, b) => ({ ...a, ...b }), dup(`provider "${key}"`));
      }
    }
  }
  return mod;
}

async function readModuleDir(dir: string): Promise<SourceFile[]> {
  const names = (await readdir(dir === '' ? '.' : dir)).filter((n) => n.endsWith('.tf')).sort();
  return Promise.all(names.map(async (n) => ({ path: posix.join(dir, n), text: await readFile(posix.join(dir, n), 'utf8') })));
}

/** `.terraform/modules/modules.json`, written by `terraform init`: where registry and git modules were unpacked. */
async function readManifest(rootDir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const json = JSON.parse(await readFile(posix.join(rootDir, '.terraform/modules/modules.json'), 'utf8')) as {
      Modules?: { Key?: string; Dir?: string }[];
    };
    for (const m of json.Modules ?? []) {
      if (m.Key && m.Dir) out.set(m.Key, normalizeDir(posix.join(rootDir, m.Dir.replace(/\\/g, '/'))));
    }
  } catch {
    // No manifest: `terraform init` was not run here; local modules are still read.
  }
  return out;
}

/**
 * Reads a root module and, recursively, the local modules it calls. Each directory is read
 * and parsed once however often it is called; a call back into a module on the current path
 * is a cycle, reported and not followed.
 */
export class ModuleLoader {
  private readonly parsed = new Map<string, Promise<ParsedModule | undefined>>();
  private manifest = new Map<string, string>();

  constructor(
    private readonly table: ExpressionTable,
    private readonly problems: InputProblem[],
    private readonly register: (mod: ParsedModule, table: ExpressionTable) => void,
  ) {}

  async loadRoot(dir: string, files: SourceFile[]): Promise<ModuleNode> {
    this.manifest = await readManifest(dir);
    const mod = await this.parseDir(dir, files);
    return this.expand(mod ?? buildModule(dir, [], this.problems), [], [posix.resolve(dir)]);
  }

  private parseDir(dir: string, files?: SourceFile[]): Promise<ParsedModule | undefined> {
    const key = posix.resolve(dir);
    let p = this.parsed.get(key);
    if (!p) {
      p = (async () => {
        const src = files ?? (await readModuleDir(dir));
        const mod = buildModule(dir, await parseFiles(src, this.problems), this.problems);
        this.register(mod, this.table);
        return mod;
      })();
      this.parsed.set(key, p);
    }
    return p;
  }

  private async expand(mod: ParsedModule, callPath: string[], stack: string[]): Promise<ModuleNode> {
    const node: ModuleNode = { mod, children: new Map(), unread: new Map() };
    for (const [name, call] of mod.calls) {
      const source = call.body.source;
      const path = [...callPath, name];
      const fail = (why: string) => {
        node.unread.set(name, why);
        this.problems.push({ source: call.at.file, line: call.at.line, column: call.at.column, message: `module "${name}": ${why}` });
      };
      if (typeof source !== 'string' || source.includes('${')) {
        fail('source is not a literal string; its resources were not assessed');
        continue;
      }
      const local = source.startsWith('./') || source.startsWith('../');
      const dir = local ? normalizeDir(posix.join(mod.dir, source)) : this.manifest.get(path.join('.'));
      if (dir === undefined) {
        fail(`source "${source}" is not on disk (run terraform init to fetch it); its resources were not assessed`);
        continue;
      }
      const key = posix.resolve(dir);
      if (stack.includes(key)) {
        fail(`source "${source}" calls back into a module that is already being read (module cycle); not followed`);
        continue;
      }
      if (stack.length >= IAC_LIMITS.maxDepth) {
        fail('modules nest too deeply; not followed');
        continue;
      }
      let child: ParsedModule | undefined;
      try {
        child = await this.parseDir(dir);
      } catch {
        this.parsed.delete(key);
        fail(`source "${source}" (${dir}) could not be read; its resources were not assessed`);
        continue;
      }
      if (child) node.children.set(name, await this.expand(child, path, [...stack, key]));
    }
    return node;
  }
}
