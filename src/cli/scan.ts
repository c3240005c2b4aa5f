import { existsSync, readFileSync } from 'node:fs';
import { collectIac } from '../collect/iac/index.js';
import type { CollectResult } from '../collect/types.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { prepareRules } from '../engine/evaluate.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import type { Report, ScanScope } from '../report/model.js';
import { DEFAULT_STATE_FILE, readDiscoveredStores } from '../phi/state.js';
import { loadRules } from '../rules/registry.js';
import type { Rule, Severity } from '../rules/types.js';
import { InputError, isInputProblem } from '../util/errors.js';
import { type Format, writeReport } from './output.js';

export interface CommonScanOptions {
  format: Format;
  output?: string;
  failOn?: Severity | 'none';
  config?: string;
  phiOnly?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** What a collector found, with what the user got wrong along the way. */
export interface Collected {
  result: CollectResult;
  scope: ScanScope;
  /** Usage errors that did not stop the run (a missing path beside good ones). */
  usage: string[];
  startedAt: Date;
}

/** The rules and settled config, checked before any collection so a typo costs nothing. */
export interface Setup {
  rules: Rule[];
  config: Config;
}

export async function setup(opts: Pick<CommonScanOptions, 'config' | 'failOn'>): Promise<Setup> {
  const rules = await loadRules();
  const config = loadConfig(opts.config, new Set(rules.map((r) => r.meta.id)));
  if (opts.failOn) config.failOn = opts.failOn;
  // Stores where discovery found PHI join the PHI scope of this scan.
  const discoveredFile = config.phiDiscoveredFile ?? (existsSync(DEFAULT_STATE_FILE) ? DEFAULT_STATE_FILE : undefined);
  if (discoveredFile) {
    config.phiDiscovered = readDiscoveredStores(discoveredFile).flatMap((st) => [st.uri, st.id, ...(st.arn ? [st.arn] : [])]);
  }
  prepareRules(rules, config); // validates rule options now, not after a long scan
  return { rules, config };
}

export function buildReport(c: Collected, s: Setup, phiOnly = false): { report: Report; inventory: Inventory } {
  const inventory = new Inventory(c.result.resources, c.result.coverage);
  const report = runScan({
    inventory,
    rules: s.rules,
    config: s.config,
    scope: c.scope,
    problems: c.result.problems,
    startedAt: c.startedAt,
    phiOnly,
  });
  return { report, inventory };
}

/** Bad input is reported on stderr, one line each, after the report: the rest was scanned. */
export function exitCode(c: Collected, report: Report): number {
  const inputProblems = c.result.problems.filter(isInputProblem);
  for (const p of inputProblems) process.stderr.write(`phiguard: ${p.source}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
  for (const u of c.usage) process.stderr.write(`phiguard: ${u}\n`);
  if (c.usage.length || inputProblems.length) return EXIT.usage;
  return report.summary.failed ? EXIT.failed : EXIT.ok;
}

async function scanAndReport(collect: () => Promise<Collected>, opts: CommonScanOptions): Promise<number> {
  if (opts.format === 'pdf' && !opts.output) throw new InputError('--format pdf needs --output FILE');
  const s = await setup(opts);
  const c = await collect();
  const { report } = buildReport(c, s, opts.phiOnly ?? false);
  await writeReport(report, {
    format: opts.format,
    ...(opts.output ? { output: opts.output } : {}),
    ...(opts.color === false ? { color: false } : {}),
    ...(opts.quiet ? { quiet: true } : {}),
  });
  return exitCode(c, report);
}

export interface IacOptions {
  param?: Record<string, string>;
  var?: Record<string, string>;
  varFile?: string[];
  ignore?: string[];
}

export async function collectIacInput(paths: string[], opts: IacOptions): Promise<Collected> {
  const startedAt = new Date();
  const varFiles = (opts.varFile ?? []).map((path) => {
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch {
      throw new InputError(`--var-file ${path}: cannot read file`);
    }
  });
  const result = await collectIac(paths, {
    ...(opts.param ? { params: opts.param } : {}),
    ...(opts.var ? { vars: opts.var } : {}),
    ...(varFiles.length ? { varFiles } : {}),
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
  });
  const usage = result.missing.map((p) => `${p}: no such file or directory`);
  if (result.missing.length === paths.length) {
    // Nothing at all could be scanned: no report, just the error.
    throw new InputError(usage.join('; '));
  }
  const found = result.files.cloudformation + result.files.terraform + result.files.terraformPlan;
  if (found === 0 && !result.problems.length) usage.push(`${paths.join(', ')}: no CloudFormation, Terraform or plan files found`);
  return { result, scope: { kind: 'iac', accounts: [], regions: [], paths }, usage, startedAt };
}

export interface AwsOptions {
  profile?: string;
  regions?: string[] | 'all';
  endpointUrl?: string;
  verbose?: boolean;
}

export async function collectAwsInput(opts: AwsOptions): Promise<Collected> {
  const startedAt = new Date();
  const { collectAws } = await import('../collect/aws/index.js');
  const result = await collectAws({
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.regions ? { regions: opts.regions } : {}),
    ...(opts.endpointUrl ? { endpointUrl: opts.endpointUrl } : {}),
    ...(opts.verbose
      ? {
          onCall: (c) =>
            process.stderr.write(
              `phiguard: ${c.service}:${c.operation} ${c.region ?? ''} ${c.ms}ms${c.error ? ` ${c.error}` : ''}\n`,
            ),
        }
      : {}),
  });
  const { accounts, regions, identity } = result.scope;
  return {
    result,
    scope: { kind: 'aws', accounts, regions, paths: [], ...(identity ? { identity } : {}) },
    usage: [],
    startedAt,
  };
}

export function scanIac(paths: string[], opts: IacOptions & CommonScanOptions): Promise<number> {
  return scanAndReport(() => collectIacInput(paths, opts), opts);
}

export function scanAws(opts: AwsOptions & CommonScanOptions): Promise<number> {
  return scanAndReport(() => collectAwsInput(opts), opts);
}
