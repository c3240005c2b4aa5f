import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AwsCollectResult, AwsScanOptions } from '../collect/aws/index.js';
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
    ...(c.result.collection ? { collection: c.result.collection } : {}),
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

export async function scanAndReport(collect: () => Promise<Collected>, opts: CommonScanOptions): Promise<number> {
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
  org?: boolean;
  accounts?: string[];
  roleName?: string;
  externalId?: string;
  accountConcurrency?: number;
  concurrency?: number;
  maxAttempts?: number;
  inventorySource?: 'api' | 'config';
  configAggregator?: string;
  /** Commander's `--no-progress`: false when given. */
  progress?: boolean;
  verbose?: boolean;
}

/**
 * The collector's options from the CLI's, with progress on stderr when it is a terminal
 * and one line per call with --verbose.
 */
async function runAws(opts: AwsOptions, extra: Partial<AwsScanOptions> = {}): Promise<AwsCollectResult> {
  if (opts.configAggregator && opts.inventorySource !== 'config') {
    throw new InputError('--config-aggregator is used with --inventory-source config');
  }
  const { collectAws } = await import('../collect/aws/index.js');
  const { Progress, callLine } = await import('../collect/aws/progress.js');
  const progress = opts.progress !== false && process.stderr.isTTY ? new Progress(process.stderr) : undefined;
  const log = (line: string) => (progress ? progress.log(line) : process.stderr.write(`${line}\n`));
  progress?.start();
  try {
    return await collectAws({
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(opts.regions ? { regions: opts.regions } : {}),
      ...(opts.endpointUrl ? { endpointUrl: opts.endpointUrl } : {}),
      ...(opts.org ? { org: true } : {}),
      ...(opts.accounts ? { accounts: opts.accounts } : {}),
      ...(opts.roleName ? { roleName: opts.roleName } : {}),
      ...(opts.externalId ? { externalId: opts.externalId } : {}),
      ...(opts.accountConcurrency ? { accountConcurrency: opts.accountConcurrency } : {}),
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
      ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
      ...(opts.inventorySource ? { inventorySource: opts.inventorySource } : {}),
      ...(opts.configAggregator ? { configAggregator: opts.configAggregator } : {}),
      onCall: (c, account) => {
        progress?.call(c, account);
        if (opts.verbose) log(callLine(c, account));
      },
      onAccount: (e) => {
        if (progress) progress.account(e);
        // Without the progress display a failed account is still said as it happens.
        else if (e.phase === 'failed') process.stderr.write(`phiguard: account ${e.account} not scanned: ${e.reason}\n`);
      },
      ...extra,
    });
  } finally {
    progress?.stop();
  }
}

export async function collectAwsInput(opts: AwsOptions): Promise<Collected> {
  const startedAt = new Date();
  const result = await runAws(opts);
  const { accounts, regions, identity } = result.scope;
  return {
    result,
    scope: { kind: 'aws', accounts, regions, paths: [], ...(identity ? { identity } : {}) },
    usage: result.usage,
    startedAt,
  };
}

/**
 * `phiguard collect aws -o FILE`: each account's resources go to the file as the account
 * finishes, so memory holds the accounts in flight, not the organization.
 */
export async function collectAwsToFile(opts: AwsOptions & { output: string }): Promise<number> {
  const { InventoryWriter } = await import('../collect/aws/inventory-file.js');
  type Writer = Awaited<ReturnType<typeof InventoryWriter.open>>;
  const { TOOL_VERSION } = await import('../engine/scan.js');
  let writer: Writer;
  try {
    mkdirSync(dirname(opts.output), { recursive: true });
    writer = await InventoryWriter.open(opts.output, { tool: { name: 'phiguard', version: TOOL_VERSION }, source: 'aws', createdAt: new Date().toISOString() });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`--output ${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let resources = 0;
  try {
    const result = await runAws(opts, {
      onAccountResult: async (r) => {
        for (const resource of r.resources) await writer.resource(resource);
        resources += r.resources.length;
      },
    });
    for (const c of result.coverage) await writer.coverage(c);
    for (const p of result.problems) await writer.problem(p);
    for (const a of result.collection) await writer.account(a);
    await writer.close(result.scope);
    const failed = result.collection.filter((c) => c.status === 'failed').length;
    process.stderr.write(
      `phiguard: ${opts.output}: ${resources} resources from ${result.collection.length} account(s) in ${result.scope.regions.length} region(s)` +
        `${failed ? `, ${failed} account(s) not scanned` : ''}, ${result.problems.length} collection problem(s)\n`,
    );
    for (const u of result.usage) process.stderr.write(`phiguard: ${u}\n`);
    return result.usage.length ? EXIT.usage : EXIT.ok;
  } catch (e) {
    await writer.abort();
    throw e;
  }
}

/** An inventory saved by `collect aws`, as if it had just been collected. */
export async function collectInventoryInput(file: string): Promise<Collected> {
  const startedAt = new Date();
  const { readInventory } = await import('../collect/aws/inventory-file.js');
  const inv = await readInventory(file);
  // The resources keep where they came from, wrapped so reports can tell a replay.
  const resources = inv.resources.map((r) => {
    const original = r.origin.kind === 'inventory' ? r.origin.original : r.origin;
    return { ...r, origin: { kind: 'inventory' as const, file, ...(original ? { original } : {}) } };
  });
  const { accounts, regions, identity } = inv.trailer.scope;
  return {
    result: { resources, problems: inv.problems, coverage: inv.coverage, collection: inv.collection },
    scope: { kind: 'inventory', accounts, regions, paths: [file], ...(identity ? { identity } : {}) },
    usage: [],
    startedAt,
  };
}

export function scanInventory(file: string, opts: CommonScanOptions): Promise<number> {
  return scanAndReport(() => collectInventoryInput(file), opts);
}

export function scanIac(paths: string[], opts: IacOptions & CommonScanOptions): Promise<number> {
  return scanAndReport(() => collectIacInput(paths, opts), opts);
}

export function scanAws(opts: AwsOptions & CommonScanOptions): Promise<number> {
  return scanAndReport(() => collectAwsInput(opts), opts);
}
