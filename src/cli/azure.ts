import { type Command, InvalidArgumentError, Option } from 'commander';
import type { AzureCallRecord } from '../collect/azure/index.js';
import { positiveInt } from './options.js';
import { type Collected, type CommonScanOptions, scanAndReport } from './scan.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `--subscription ID` (repeatable, or comma-separated): subscription GUIDs. */
export function parseSubscriptions(v: string, prev: string[] = []): string[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of list) if (!GUID.test(s)) throw new InvalidArgumentError(`"${s}" is not a subscription id (a GUID)`);
  if (!list.length) throw new InvalidArgumentError('expected a subscription id');
  return [...prev, ...list];
}

export interface AzureCliOptions {
  subscription?: string[];
  concurrency?: number;
  maxRetries?: number;
  verbose?: boolean;
}

/** How a live Azure scan is scoped and paced. */
export function azureOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--subscription <id>', 'subscription to scan (repeatable or comma-separated; default: every subscription the identity can see)').argParser(parseSubscriptions))
    .addOption(new Option('--concurrency <n>', 'ARM calls in flight per subscription (default: 8)').argParser(positiveInt(64)))
    .addOption(new Option('--max-retries <n>', 'retries per call after the first, throttling included (default: 5)').argParser(positiveInt(20)))
    .option('-v, --verbose', 'log every API call with its duration on stderr');
}

const callLine = (c: AzureCallRecord): string =>
  `phiguard: azure ${c.subscription ?? '-'} ${c.action} ${c.status} ${c.ms}ms`;

export async function collectAzureInput(opts: AzureCliOptions): Promise<Collected> {
  const startedAt = new Date();
  const { collectAzure } = await import('../collect/azure/index.js');
  const result = await collectAzure({
    ...(opts.subscription?.length ? { subscriptions: opts.subscription } : {}),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.maxRetries !== undefined ? { maxRetries: opts.maxRetries } : {}),
    ...(opts.verbose ? { onCall: (c: AzureCallRecord) => process.stderr.write(`${callLine(c)}\n`) } : {}),
  });
  return {
    result,
    scope: { kind: 'azure', accounts: result.scope.subscriptions, regions: [], paths: [] },
    usage: result.usage,
    startedAt,
  };
}

export function scanAzure(opts: AzureCliOptions & CommonScanOptions): Promise<number> {
  return scanAndReport(() => collectAzureInput(opts), opts);
}

/** `phiguard permissions azure`: the custom role the collector needs, from its own declaration. */
export async function printAzureRole(): Promise<void> {
  const { azureRoleDefinition } = await import('../collect/azure/permissions.js');
  process.stdout.write(`${JSON.stringify(azureRoleDefinition(), null, 2)}\n`);
}
