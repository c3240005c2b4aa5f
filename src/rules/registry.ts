import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
// Under the test runner this module is TypeScript source; once built it is JavaScript.
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const PROVIDER_DIRS = ['aws', 'azure'];

/** Every rule file: `rules/<provider>/<service>/<rule-id>.{ts,js}`, tests excluded. */
export function ruleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext) && !e.name.endsWith(`.test${ext}`) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of PROVIDER_DIRS) walk(join(here, d));
  return out.sort();
}

let cache: Promise<Rule[]> | undefined;

/** Loads every rule once; the rule's file exports it as default. */
export function loadRules(): Promise<Rule[]> {
  cache ??= (async () => {
    const rules: Rule[] = [];
    for (const file of ruleFiles()) {
      const mod = (await import(pathToFileURL(file).href)) as { default?: Rule };
      if (!mod.default?.meta) throw new Error(`${file} does not export a rule as default`);
      rules.push(mod.default);
    }
    return rules.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  })();
  return cache;
}
