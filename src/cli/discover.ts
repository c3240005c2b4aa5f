import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config/load.js';
import { TOOL_VERSION } from '../engine/scan.js';
import type { StoreCall } from '../phi/calls.js';
import { discover, type Plan } from '../phi/discover.js';
import { renderJson, renderPlan, renderTerminal } from '../phi/report.js';
import { mergeState, readDiscoveredStores, writeState } from '../phi/state.js';
import { parseTarget } from '../phi/target.js';
import { terminalLine } from '../report/escape.js';
import { InputError } from '../util/errors.js';
import { writeFile } from './output.js';
import { EXIT } from './scan.js';

export interface DiscoverCliOptions {
  allBuckets?: boolean;
  maxObjects: number;
  maxBytes: number;
  maxObjectBytes: number;
  maxListKeys: number;
  minConfidence?: number;
  profile?: string;
  endpointUrl?: string;
  azureConnectionString?: string;
  format: 'terminal' | 'json';
  output?: string;
  yes?: boolean;
  maskedPreview?: boolean;
  config?: string;
  state: string;
  verbose?: boolean;
}

function logCall(c: StoreCall): void {
  // Keys come raw from the store (they can carry identifiers), so the log has the operation,
  // store, range and size — never the key.
  process.stderr.write(
    `phiguard: ${c.provider}:${c.operation} ${terminalLine(c.store)}${c.range ? ` range=${c.range}` : ''}${c.contentLength !== undefined ? ` got=${c.contentLength}` : ''} ${c.ms}ms${c.error ? ` ${c.error}` : ''}\n`,
  );
}

/**
 * Asks on the terminal; anything but y/yes declines. Not a TTY (CI, pipes) or --yes: the
 * estimate is printed and the run proceeds.
 */
async function confirmOnTty(plan: Plan, yes: boolean | undefined): Promise<boolean> {
  process.stderr.write(renderPlan(plan));
  if (yes || !process.stdin.isTTY) return true;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question('Read these objects? [y/N] ');
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export async function runDiscover(targets: string[], opts: DiscoverCliOptions): Promise<number> {
  if (!targets.length && !opts.allBuckets) throw new InputError('discover: name at least one target (s3://…, azblob://…, a path) or --all-buckets');
  const parsed = targets.map(parseTarget);
  const config = loadConfig(opts.config);
  // Read the state first so a malformed file stops us before any cost is incurred.
  const previous = readDiscoveredStores(opts.state);
  const connectionString = opts.azureConnectionString ?? process.env.AZURE_STORAGE_CONNECTION_STRING;
  const outcome = await discover({
    targets: parsed,
    allBuckets: !!opts.allBuckets,
    maxObjects: opts.maxObjects,
    maxBytes: opts.maxBytes,
    maxObjectBytes: opts.maxObjectBytes,
    maxListKeys: opts.maxListKeys,
    ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}),
    maskedPreview: !!opts.maskedPreview,
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.endpointUrl ? { endpointUrl: opts.endpointUrl } : {}),
    ...(connectionString ? { azureConnectionString: connectionString } : {}),
    // `phi.locations` arrives with the lead's config change; read it defensively until then.
    config: { ...config, phiLocations: (config as { phiLocations?: string[] }).phiLocations ?? [] },
    ...(opts.verbose ? { onCall: logCall } : {}),
    confirm: (plan) => confirmOnTty(plan, opts.yes),
    version: TOOL_VERSION,
  });
  if (!outcome.report) {
    for (const u of outcome.usage) process.stderr.write(`phiguard: ${u}\n`);
    if (outcome.usage.length) return EXIT.usage;
    process.stderr.write('phiguard: cancelled; no object was read\n');
    return EXIT.ok;
  }
  const report = outcome.report;
  const text = opts.format === 'json' ? renderJson(report) : renderTerminal(report);
  if (opts.output) {
    writeFile(opts.output, text);
    if (opts.format !== 'terminal') process.stdout.write(renderTerminal(report));
  } else process.stdout.write(text);
  writeState(opts.state, mergeState(previous, report));
  for (const u of outcome.usage) process.stderr.write(`phiguard: ${u}\n`);
  if (outcome.usage.length) return EXIT.usage;
  return report.summary.critical || report.summary.high ? EXIT.failed : EXIT.ok;
}
