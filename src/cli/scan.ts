import { readFileSync } from 'node:fs';
import { collectIac } from '../collect/iac/index.js';
import type { CollectResult } from '../collect/types.js';
import { loadConfig } from '../config/load.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import type { ScanScope } from '../report/model.js';
import { loadRules } from '../rules/registry.js';
import type { Severity } from '../rules/types.js';
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

/** Evaluates what a collector found, writes the report, and returns the exit code. */
export async function evaluateAndReport(
  collected: CollectResult,
  scope: ScanScope,
  opts: CommonScanOptions,
  startedAt: Date,
  usageErrors: string[] = [],
): Promise<number> {
  const rules = await loadRules();
  const config = loadConfig(opts.config, new Set(rules.map((r) => r.meta.id)));
  if (opts.failOn) config.failOn = opts.failOn;
  const report = runScan({
    inventory: new Inventory(collected.resources, collected.coverage),
    rules,
    config,
    scope,
    problems: collected.problems,
    startedAt,
    phiOnly: opts.phiOnly ?? false,
  });
  writeReport(report, {
    format: opts.format,
    ...(opts.output ? { output: opts.output } : {}),
    ...(opts.color === false ? { color: false } : {}),
    ...(opts.quiet ? { quiet: true } : {}),
  });
  // Bad input is reported on stderr as one line each, after the report: the rest was scanned.
  const inputProblems = collected.problems.filter(isInputProblem);
  for (const p of inputProblems) process.stderr.write(`phiguard: ${p.source}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
  for (const u of usageErrors) process.stderr.write(`phiguard: ${u}\n`);
  if (usageErrors.length || inputProblems.length) return EXIT.usage;
  return report.summary.failed ? EXIT.failed : EXIT.ok;
}

export interface IacScanOptions extends CommonScanOptions {
  param?: Record<string, string>;
  var?: Record<string, string>;
  varFile?: string[];
  ignore?: string[];
}

export async function scanIac(paths: string[], opts: IacScanOptions): Promise<number> {
  const startedAt = new Date();
  const varFiles = (opts.varFile ?? []).map((path) => {
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch {
      throw new InputError(`--var-file ${path}: cannot read file`);
    }
  });
  const collected = await collectIac(paths, {
    ...(opts.param ? { params: opts.param } : {}),
    ...(opts.var ? { vars: opts.var } : {}),
    ...(varFiles.length ? { varFiles } : {}),
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
  });
  const usage = collected.missing.map((p) => `${p}: no such file or directory`);
  const found = collected.files.cloudformation + collected.files.terraform + collected.files.terraformPlan;
  if (found === 0 && !collected.problems.length && !usage.length) {
    usage.push(`${paths.join(', ')}: no CloudFormation, Terraform or plan files found`);
  }
  if (usage.length === paths.length && collected.missing.length === paths.length) {
    // Nothing at all could be scanned: no report, just the error.
    throw new InputError(usage.join('; '));
  }
  return evaluateAndReport(collected, { kind: 'iac', accounts: [], regions: [], paths }, opts, startedAt, usage);
}

export interface AwsScanCliOptions extends CommonScanOptions {
  profile?: string;
  regions?: string[] | 'all';
  endpointUrl?: string;
  verbose?: boolean;
}

export async function scanAws(opts: AwsScanCliOptions): Promise<number> {
  const startedAt = new Date();
  const { collectAws } = await import('../collect/aws/index.js');
  const collected = await collectAws({
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
  return evaluateAndReport(
    collected,
    { kind: 'aws', accounts: collected.scope.accounts, regions: collected.scope.regions, paths: [], ...(collected.scope.identity ? { identity: collected.scope.identity } : {}) },
    opts,
    startedAt,
  );
}
