import { Argument, Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../engine/scan.js';
import { InputError } from '../util/errors.js';
import { collect, keyValue, parseAccounts, parseFormat, parseRegions, parseSeverity, positiveInt } from './options.js';
import { explainRule, listRules } from './rules.js';
import { verifyEvidence, writeEvidence } from './evidence.js';
import { collectAwsInput, collectAwsToFile, collectIacInput, collectInventoryInput, EXIT, scanAws, scanIac, scanInventory } from './scan.js';
import { addDiscoverCommand } from './discover-command.js';
import { azureOptions, printAzureRole, scanAzure } from './azure.js';

function commonScanOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('-f, --format <format>', 'terminal, json, sarif, html, pdf, junit, csv, ocsf or markdown').argParser(parseFormat).default('terminal'),
    )
    .option('-o, --output <file>', 'write the report to FILE (the terminal summary still prints)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a failure at or above this severity remains (default: high, or the config file)').argParser(
        parseSeverity,
      ),
    )
    .option('-c, --config <file>', 'config file (default: ./phiguard.config.yaml when present)')
    .option('--phi-only', 'judge only resources in PHI scope')
    .option('--no-color', 'plain terminal output')
    .option('-q, --quiet', 'with --output, do not print the terminal summary');
}

/** How a live AWS scan is scoped, entered and paced: shared by scan, collect and evidence. */
function awsOptions(cmd: Command): Command {
  return cmd
    .option('--profile <name>', 'shared config / SSO profile')
    .addOption(new Option('--regions <list>', 'comma-separated regions, or all (default: all enabled regions)').argParser(parseRegions))
    .option('--endpoint-url <url>', 'send every call to this AWS-compatible endpoint (also AWS_ENDPOINT_URL)')
    .option('--org', 'scan every active account of the organization (run from the management or a delegated administrator account)')
    .addOption(new Option('--accounts <ids>', 'comma-separated account ids to scan (with --org: a subset of the organization)').argParser(parseAccounts))
    .option('--role-name <name>', 'role assumed in each account other than your own (default: PhiguardAudit)')
    .option('--external-id <id>', 'external id the role requires, if any')
    .addOption(new Option('--account-concurrency <n>', 'accounts scanned at once (default: 4)').argParser(positiveInt(64)))
    .addOption(new Option('--concurrency <n>', 'calls in flight per account, service and region (default: 8)').argParser(positiveInt(64)))
    .addOption(new Option('--max-attempts <n>', 'attempts per call, throttling retries included (default: 10)').argParser(positiveInt(30)))
    .addOption(new Option('--inventory-source <source>', 'api: describe every service; config: read what an AWS Config aggregator records').choices(['api', 'config']))
    .option('--config-aggregator <name>', 'the AWS Config aggregator for --inventory-source config (queried in your configured region)')
    .option('--no-progress', 'no progress display on stderr (shown only when stderr is a terminal)')
    .option('-v, --verbose', 'log every API call with its duration on stderr');
}

let exitCode = 0;

export function buildProgram(): Command {
  const program = new Command('phiguard')
    .description('HIPAA Security Rule technical-safeguard audits for AWS: live accounts and infrastructure as code')
    .version(TOOL_VERSION)
    .exitOverride()
    // Commander's own messages (unknown option, missing argument) are the one-line usage
    // errors; configured before the subcommands exist so they inherit it.
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error: ') ? `phiguard: ${s.slice(7)}` : s) });

  const scan = program.command('scan').description('scan a live account or infrastructure as code').exitOverride();

  commonScanOptions(
    scan
      .command('iac')
      .description('scan CloudFormation (YAML/JSON) and Terraform (.tf directories, `terraform show -json` plans)')
      .argument('<paths...>', 'files or directories')
      .option('--param <name=value>', 'CloudFormation parameter value (repeatable)', keyValue)
      .option('--var <name=value>', 'Terraform variable value (repeatable)', keyValue)
      .option('--var-file <file>', 'Terraform .tfvars file (repeatable)', collect)
      .option('--ignore <glob>', 'skip paths matching GLOB (repeatable)', collect)
      .exitOverride(),
  ).action(async (paths: string[], opts) => {
    exitCode = await scanIac(paths, opts);
  });

  commonScanOptions(
    awsOptions(scan.command('aws').description('scan live AWS accounts, read-only, with the standard credential chain')).exitOverride(),
  ).action(async (opts) => {
    exitCode = await scanAws(opts);
  });

  commonScanOptions(
    azureOptions(scan.command('azure').description('scan live Azure subscriptions, read-only, with DefaultAzureCredential (Azure CLI login, environment, managed identity)')).exitOverride(),
  ).action(async (opts) => {
    exitCode = await scanAzure(opts);
  });

  commonScanOptions(
    scan
      .command('inventory')
      .description('re-evaluate an inventory saved by `phiguard collect aws`, offline')
      .argument('<file>', 'the inventory, e.g. inventory.json.gz')
      .exitOverride(),
  ).action(async (file: string, opts) => {
    exitCode = await scanInventory(file, opts);
  });

  const collectCmd = program.command('collect').description('save the normalized inventory of live accounts, to scan later offline').exitOverride();
  awsOptions(
    collectCmd
      .command('aws')
      .description('collect live AWS accounts, read-only, into a streamed inventory file (gzipped JSON Lines)')
      .requiredOption('-o, --output <file>', 'the inventory to write, e.g. inventory.json.gz')
      .exitOverride(),
  ).action(async (opts) => {
    exitCode = await collectAwsToFile(opts);
  });

  const evidence = program
    .command('evidence')
    .description('scan, and keep the results as a hashed evidence pack (zip): inventory, every report, manifest')
    .exitOverride();
  const evidenceOptions = (cmd: Command) =>
    cmd
      .requiredOption('-o, --output <file>', 'the pack to write, e.g. evidence.zip')
      .option('-c, --config <file>', 'config file (default: ./phiguard.config.yaml when present)')
      .addOption(new Option('--fail-on <severity>', 'exit 1 threshold, as for scan').argParser(parseSeverity))
      .option('--phi-only', 'judge only resources in PHI scope')
      .exitOverride();
  evidenceOptions(
    evidence
      .command('iac')
      .description('evidence from CloudFormation and Terraform')
      .argument('<paths...>', 'files or directories')
      .option('--param <name=value>', 'CloudFormation parameter value (repeatable)', keyValue)
      .option('--var <name=value>', 'Terraform variable value (repeatable)', keyValue)
      .option('--var-file <file>', 'Terraform .tfvars file (repeatable)', collect)
      .option('--ignore <glob>', 'skip paths matching GLOB (repeatable)', collect),
  ).action(async (paths: string[], opts) => {
    exitCode = await writeEvidence(() => collectIacInput(paths, opts), opts);
  });
  evidenceOptions(awsOptions(evidence.command('aws').description('evidence from live AWS accounts, read-only'))).action(async (opts) => {
    exitCode = await writeEvidence(() => collectAwsInput(opts), opts);
  });
  evidenceOptions(
    evidence.command('inventory').description('evidence from an inventory saved by `phiguard collect aws`').argument('<file>', 'the inventory file'),
  ).action(async (file: string, opts) => {
    exitCode = await writeEvidence(() => collectInventoryInput(file), opts);
  });

  addDiscoverCommand(program, (code) => (exitCode = code));

  program
    .command('verify')
    .description('check an evidence pack against its manifest: modified, missing or added files')
    .argument('<pack>', 'the evidence zip')
    .exitOverride()
    .action(async (pack: string) => {
      exitCode = await verifyEvidence(pack);
    });

  program
    .command('rules')
    .description('list the rules with their HIPAA citations')
    .option('--hipaa <citation>', 'only rules citing this section, e.g. 164.312(b)')
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']).default('table'))
    .exitOverride()
    .action(async (opts) => listRules(opts));

  program
    .command('explain')
    .description('show one rule: why it matters and how to fix it')
    .argument('<rule>', 'rule id')
    .exitOverride()
    .action(async (id: string) => explainRule(id));

  program
    .command('permissions')
    .description('print the read-only permissions the live collectors need')
    .addArgument(new Argument('<provider>', 'aws: an IAM policy; azure: a custom role definition').choices(['aws', 'azure']))
    .exitOverride()
    .action(async (provider: string) => {
      if (provider === 'azure') return printAzureRole();
      const { awsReadOnlyPolicy } = await import('../collect/aws/index.js');
      process.stdout.write(`${JSON.stringify(awsReadOnlyPolicy(), null, 2)}\n`);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  exitCode = 0;
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; help shown because a subcommand is missing is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof InputError) {
      process.stderr.write(`phiguard: ${e.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`phiguard: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 3;
  }
}

