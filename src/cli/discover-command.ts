import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseSize } from '../phi/cost.js';
import { DEFAULT_STATE_FILE } from '../phi/state.js';

// Kept apart from discover.ts so that every other command does not load the S3 and Azure
// SDKs just to register this one.

export const DISCOVER_DEFAULTS = {
  maxObjects: 1000,
  maxBytes: 100 * 1024 ** 2,
  maxObjectBytes: 1024 ** 2,
  maxListKeys: 100_000,
};

export function parseSizeOption(v: string): number {
  const n = parseSize(v);
  if (n === undefined) throw new InvalidArgumentError(`expected a size such as 1048576, 512KB, 100MB or 1GB`);
  return n;
}

export function parseCount(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return Number(v);
}

export function parseConfidence(v: string): number {
  const n = Number(v);
  if (!/^\d*\.?\d+$/.test(v) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/** `phiguard discover`: its options live here so main.ts only wires it in. */
export function addDiscoverCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('discover')
    .description('find PHI in storage (S3, Azure Blob, local files) by sampling contents; reports types and counts, never values')
    .argument('[targets...]', 's3://BUCKET[/PREFIX], azblob://ACCOUNT/CONTAINER[/PREFIX], or local files and directories')
    .option('--all-buckets', 'every S3 bucket of the account (ListBuckets)')
    .addOption(new Option('--max-objects <n>', 'objects sampled per store').argParser(parseCount).default(DISCOVER_DEFAULTS.maxObjects))
    .addOption(new Option('--max-bytes <size>', 'bytes read per store, e.g. 100MB').argParser(parseSizeOption).default(DISCOVER_DEFAULTS.maxBytes, '100MB'))
    .addOption(
      new Option('--max-object-bytes <size>', 'bytes read of each object (a ranged read), e.g. 1MB').argParser(parseSizeOption).default(DISCOVER_DEFAULTS.maxObjectBytes, '1MB'),
    )
    .addOption(new Option('--max-list-keys <n>', 'keys listed per store at most').argParser(parseCount).default(DISCOVER_DEFAULTS.maxListKeys))
    .addOption(new Option('--min-confidence <0..1>', 'drop matches below this confidence').argParser(parseConfidence))
    .option('--profile <name>', 'AWS shared config / SSO profile')
    .option('--endpoint-url <url>', 'S3-compatible endpoint (path-style addressing)')
    .option('--azure-connection-string <string>', 'Azure Storage connection string (else AZURE_STORAGE_CONNECTION_STRING, else Entra ID credentials)')
    .addOption(new Option('-f, --format <format>', 'terminal or json').choices(['terminal', 'json']).default('terminal'))
    .option('-o, --output <file>', 'write the report to FILE (the terminal summary still prints)')
    .option('-c, --config <file>', 'config file (default: ./phiguard.config.yaml when present)')
    .option('--state <file>', 'where discovered PHI stores are recorded for the next scan', DEFAULT_STATE_FILE)
    .option('-y, --yes', 'do not ask for confirmation after the estimate')
    .option('--masked-preview', 'show each match as [TYPE:length], never its characters')
    .option('-v, --verbose', 'log every storage call (operation, store, range) on stderr; never keys or contents')
    .exitOverride()
    .action(async (targets: string[], opts) => {
      const { runDiscover } = await import('./discover.js');
      setExit(await runDiscover(targets, opts));
    });
}
