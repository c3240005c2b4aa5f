import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CallRecord } from '../collect/aws/caller.js';
import { ClientFactory } from '../collect/aws/clients.js';
import { cloudTrailCollector } from '../collect/aws/cloudtrail.js';
import { kmsCollector } from '../collect/aws/kms.js';
import { logsCollector } from '../collect/aws/logs.js';
import { DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_CONCURRENCY, runAwsCollection } from '../collect/aws/run.js';
import { s3Collector } from '../collect/aws/s3.js';
import { s3ControlCollector } from '../collect/aws/s3control.js';
import { generateEstate, serveEstate } from './aws-estate.js';

/*
 * `npm run bench:aws`: a full organization scan (`--org`) of a generated estate, through
 * the real SDK clients and their adaptive retry, against a handler that answers after a
 * fixed latency and throttles every API with a token bucket per account and region.
 *
 * It prints the calls made, calls per resource, wall time, the floor, their ratio,
 * throttling retries, failed calls and peak RSS. The floor is a lower bound on the
 * critical path: for each account, service and region (the unit phiguard bounds, and the
 * unit AWS throttles), its calls over the concurrency allowed there times the latency, or
 * its calls over the rate AWS allows when that is slower; the busiest one, plus the calls
 * that must happen one after another before any service starts (AssumeRole,
 * DescribeRegions). Each configuration runs in its own process, so peak RSS is its own.
 * CPU time is printed too: the SDK's own work per call (serialize, sign, parse) bounds a
 * scan on a small machine long before latency does.
 *
 * Environment: BENCH_ACCOUNTS (3), BENCH_REGIONS (17, comma-separated to compare several),
 * BENCH_RESOURCES (20000), BENCH_LATENCY_MS (50), BENCH_RATE (50 requests/s per API,
 * account and region), BENCH_BURST (50), BENCH_CONCURRENCY (8), BENCH_ACCOUNT_CONCURRENCY (4).
 */

const env = (name: string, def: number) => Number(process.env[name] ?? def);

// Published CloudTrail quotas are far lower than the general rate (per account and region).
const RATES: Record<string, number> = {
  'cloudtrail:DescribeTrails': 10,
  'cloudtrail:GetTrailStatus': 10,
  'cloudtrail:GetEventSelectors': 10,
  'cloudtrail:ListTags': 10,
  'organizations:ListAccounts': 5,
  'organizations:ListTagsForResource': 10,
};

interface Measure {
  regions: number;
  resources: number;
  calls: number;
  wallMs: number;
  floorMs: number;
  retries: number;
  failed: number;
  failedThrottled: number;
  rssMb: number;
  cpuS: number;
  lane: string;
}

async function measure(regionCount: number): Promise<Measure> {
  const latencyMs = env('BENCH_LATENCY_MS', 50);
  const rate = env('BENCH_RATE', 50);
  const burst = env('BENCH_BURST', 50);
  const concurrency = env('BENCH_CONCURRENCY', DEFAULT_CONCURRENCY);
  const estate = generateEstate({ accounts: env('BENCH_ACCOUNTS', 3), regions: regionCount, resources: env('BENCH_RESOURCES', 20_000) });
  const { handler, stats } = serveEstate(estate, { latencyMs, rate, burst, rates: RATES });
  process.env.AWS_ACCESS_KEY_ID = 'AKIABENCH';
  process.env.AWS_SECRET_ACCESS_KEY = 'bench';
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  process.env.AWS_CONFIG_FILE = '/nonexistent/phiguard-bench';
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/phiguard-bench';
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ENDPOINT_URL;

  const lanes = new Map<string, Map<string, number>>();
  let calls = 0;
  let failed = 0;
  let failedThrottled = 0;
  const onCall = (r: CallRecord, account?: string) => {
    calls++;
    if (r.error) {
      failed++;
      if (/Throttl|SlowDown|RequestLimitExceeded/.test(r.error)) failedThrottled++;
    }
    const key = `${account ?? estate.management}|${r.service}|${r.region}`;
    let ops = lanes.get(key);
    if (!ops) lanes.set(key, (ops = new Map()));
    const op = `${r.service}:${r.operation}`;
    ops.set(op, (ops.get(op) ?? 0) + 1);
  };
  let resources = 0;
  const factory = new ClientFactory({ maxAttempts: 10, extra: { requestHandler: handler } });
  const t0 = performance.now();
  const result = await runAwsCollection(
    {
      org: true,
      concurrency,
      accountConcurrency: env('BENCH_ACCOUNT_CONCURRENCY', DEFAULT_ACCOUNT_CONCURRENCY),
      collectors: [s3Collector, s3ControlCollector, kmsCollector, cloudTrailCollector, logsCollector],
      onCall,
      // Resources are counted and dropped as each account finishes, as `collect aws` does.
      onAccountResult: async (r) => {
        resources += r.resources.length;
      },
    },
    factory,
  );
  const wallMs = performance.now() - t0;
  if (result.collection.some((c) => c.status !== 'scanned')) throw new Error('an account of the benchmark estate failed');

  let floorLane = 0;
  let lane = '';
  for (const [key, ops] of lanes) {
    const n = [...ops.values()].reduce((a, b) => a + b, 0);
    const byConcurrency = Math.ceil(n / concurrency) * latencyMs;
    const byRate = Math.max(...[...ops].map(([op, k]) => {
      const r = RATES[op] ?? rate;
      return (Math.max(0, k - Math.min(burst, r)) / r) * 1000;
    }));
    const t = Math.max(byConcurrency, byRate);
    if (t > floorLane) [floorLane, lane] = [t, key];
  }
  // Before any service runs: the organization's listing, then AssumeRole and
  // DescribeRegions in each account, one after the other.
  const floorMs = floorLane + 3 * latencyMs;
  return {
    regions: regionCount,
    resources,
    calls,
    wallMs,
    floorMs,
    retries: stats.throttled,
    failed,
    failedThrottled,
    rssMb: process.resourceUsage().maxRSS / 1024,
    cpuS: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    lane,
  };
}

function child(regions: number): Measure {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(regions)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measure;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const m = await measure(Number(argv[1]));
    process.stdout.write(`${JSON.stringify(m)}\n`);
    return;
  }
  const regionSets = (process.env.BENCH_REGIONS ?? '17').split(',').map(Number);
  const accounts = env('BENCH_ACCOUNTS', 3);
  process.stdout.write(
    `phiguard bench:aws — ${accounts} accounts, ${env('BENCH_RESOURCES', 20_000)} resources, S3, S3 Control, KMS, CloudTrail, CloudWatch Logs; ` +
      `${env('BENCH_LATENCY_MS', 50)} ms per call; ${env('BENCH_RATE', 50)} req/s per API, account and region (CloudTrail 10, Organizations 5–10); ` +
      `concurrency ${env('BENCH_CONCURRENCY', DEFAULT_CONCURRENCY)} per service and region, ${env('BENCH_ACCOUNT_CONCURRENCY', DEFAULT_ACCOUNT_CONCURRENCY)} accounts at once\n\n`,
  );
  const rows: string[][] = [];
  for (const regions of regionSets) {
    const m = child(regions);
    rows.push([
      `${accounts} × ${m.regions}`,
      String(m.resources),
      String(m.calls),
      (m.calls / m.resources).toFixed(2),
      `${(m.wallMs / 1000).toFixed(2)} s`,
      `${(m.floorMs / 1000).toFixed(2)} s`,
      `${(m.wallMs / m.floorMs).toFixed(2)}×`,
      String(m.retries),
      `${m.failed} (${m.failedThrottled} throttled)`,
      `${m.rssMb.toFixed(0)} MB`,
      `${m.cpuS.toFixed(1)} s`,
      m.lane,
    ]);
  }
  const head = ['accounts × regions', 'resources', 'API calls', 'calls/resource', 'wall', 'floor', 'wall/floor', 'throttling retries', 'failed calls', 'peak RSS', 'CPU', 'critical lane'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write(`${fmt(head)}\n${rows.map(fmt).join('\n')}\n`);
}

await main();
