import { InputError } from '../util/errors.js';
import { type OnCall, errorReason } from './calls.js';
import { combineEstimates, estimateCost } from './cost.js';
import { decodeInto, isBinaryByName } from './decode.js';
import { makeDeclarer, type PhiConfig } from './declare.js';
import { PhiScanner, type DetectOptions, type EntityType } from './detector.js';
import { maskedPreview, safeName } from './mask.js';
import { mapLimit } from './pool.js';
import { buildFindings, summarize } from './report.js';
import { pickSample } from './sampler.js';
import { AzureContainerStore, blobService } from './stores/azure.js';
import { LocalStore } from './stores/local.js';
import { S3Access } from './stores/s3.js';
import type { Target } from './target.js';
import type { CostEstimate, DiscoveryReport, ListedObject, ObjectResult, StoreReader, StoreResult } from './types.js';

export interface DiscoverOptions {
  targets: Target[];
  /** Every bucket ListBuckets returns, besides the targets. */
  allBuckets?: boolean;
  maxObjects: number;
  maxBytes: number;
  maxObjectBytes: number;
  /** Keys listed per store at most; the sample is drawn from these. */
  maxListKeys: number;
  minConfidence?: number;
  maskedPreview?: boolean;
  /** Objects read at once, across all stores. */
  concurrency?: number;
  profile?: string;
  endpointUrl?: string;
  azureConnectionString?: string;
  config: PhiConfig;
  onCall?: OnCall;
  /** Extra S3 client config (tests). */
  s3Extra?: Record<string, unknown>;
  /**
   * Shown the plan after listing and before any object is read; resolving false stops the
   * run with nothing read.
   */
  confirm: (plan: Plan) => Promise<boolean>;
  version: string;
}

/** What will be read, per store, and what it is estimated to cost. */
export interface Plan {
  stores: { uri: string; provider: StoreReader['provider']; listed: number; sampled: number; plannedBytes: number; listingError?: string }[];
  estimate: CostEstimate[];
}

export interface DiscoverOutcome {
  /** Undefined when the user declined at the confirmation. */
  report?: DiscoveryReport;
  /** Problems with what the user named (a denied or missing bucket) — exit 2 after the report. */
  usage: string[];
}

interface Listed {
  store: StoreReader;
  explicit: boolean;
  objects: ListedObject[];
  truncated: boolean;
  requests: number;
  error?: string;
  picked: ListedObject[];
  plannedBytes: number;
  skippedBinaryByName: number;
  skippedEmpty: number;
}

async function openStores(opts: DiscoverOptions, usage: string[]): Promise<{ stores: { store: StoreReader; explicit: boolean }[]; close: () => void }> {
  const stores: { store: StoreReader; explicit: boolean }[] = [];
  let s3: S3Access | undefined;
  const getS3 = async () =>
    (s3 ??= await S3Access.create({
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(opts.endpointUrl ? { endpointUrl: opts.endpointUrl } : {}),
      ...(opts.onCall ? { onCall: opts.onCall } : {}),
      ...(opts.s3Extra ? { extra: opts.s3Extra } : {}),
    }));
  const azure = new Map<string, Awaited<ReturnType<typeof blobService>>>();
  for (const t of opts.targets) {
    if (t.kind === 's3') stores.push({ store: (await getS3()).store(t.bucket, t.prefix), explicit: true });
    else if (t.kind === 'azure') {
      let svc = azure.get(t.account);
      if (!svc) {
        svc = await blobService(t.account, {
          ...(opts.azureConnectionString ? { connectionString: opts.azureConnectionString } : {}),
        });
        azure.set(t.account, svc);
      }
      stores.push({ store: new AzureContainerStore(svc, t.account, t.container, t.prefix, opts.onCall), explicit: true });
    } else {
      const local = new LocalStore(t.path, opts.onCall);
      try {
        await local.check();
        stores.push({ store: local, explicit: true });
      } catch (e) {
        if (e instanceof InputError) usage.push(e.message);
        else throw e;
      }
    }
  }
  if (opts.allBuckets) {
    const access = await getS3();
    let names: string[];
    try {
      names = await access.listBuckets();
    } catch (e) {
      throw new InputError(`--all-buckets: ListBuckets failed: ${errorReason(e)}`);
    }
    for (const b of names) stores.push({ store: access.store(b, ''), explicit: false });
  }
  // The same store named twice (a target and --all-buckets) is read once.
  const seen = new Set<string>();
  const unique = stores.filter((s) => (seen.has(s.store.uri) ? false : (seen.add(s.store.uri), true)));
  return { stores: unique, close: () => s3?.destroy() };
}

async function listStore(store: StoreReader, explicit: boolean, opts: DiscoverOptions, usage: string[]): Promise<Listed> {
  const base = { store, explicit, objects: [], truncated: false, requests: 0, picked: [], plannedBytes: 0, skippedBinaryByName: 0, skippedEmpty: 0 };
  let listing;
  try {
    listing = await store.list(opts.maxListKeys);
  } catch (e) {
    const reason = `listing failed: ${errorReason(e)}`;
    // A store the user named and we cannot list is their mistake to fix (exit 2); one found
    // by --all-buckets is reported as not assessed and the rest goes on.
    if (explicit) usage.push(`${store.uri}: ${reason}`);
    return { ...base, error: reason };
  }
  let skippedBinaryByName = 0;
  let skippedEmpty = 0;
  const candidates = listing.objects.filter((o) => {
    if (o.size === 0) return skippedEmpty++, false;
    if (isBinaryByName(o.key)) return skippedBinaryByName++, false;
    return true;
  });
  const sample = pickSample(candidates, { maxObjects: opts.maxObjects, maxBytes: opts.maxBytes, maxObjectBytes: opts.maxObjectBytes });
  return { ...base, ...listing, picked: sample.picked, plannedBytes: sample.plannedBytes, skippedBinaryByName, skippedEmpty };
}

async function readObject(store: StoreReader, obj: ListedObject, opts: DiscoverOptions, detect: DetectOptions): Promise<ObjectResult> {
  const key = safeName(obj.key, detect);
  const result: ObjectResult = { key, size: obj.size, status: 'not_assessed', bytesRead: 0, bytesScanned: 0, truncated: false, entities: [] };
  const scanner = new PhiScanner(detect);
  try {
    const opened = await store.open(obj, opts.maxObjectBytes);
    const contentType = opened.contentType ?? obj.contentType;
    const d = await decodeInto(opened.body as AsyncIterable<Buffer>, {
      key: obj.key,
      ...(contentType ? { contentType } : {}),
      size: obj.size,
      maxBytes: opts.maxObjectBytes,
      sink: (chunk) => scanner.push(chunk),
    });
    // If the decoder stopped early the body may still be open: release the socket.
    (opened.body as { destroy?: () => void }).destroy?.();
    Object.assign(result, {
      status: d.status,
      bytesRead: d.bytesRead,
      bytesScanned: d.bytesScanned,
      truncated: d.truncated,
      ...(d.reason ? { reason: d.reason } : {}),
      ...(d.encoding ? { encoding: d.encoding } : {}),
    });
    if (d.status === 'scanned') {
      result.entities = scanner.finish().filter((e) => e.count > 0);
      if (opts.maskedPreview) result.maskedPreview = maskedPreview(result.entities);
    }
  } catch (e) {
    // Never "no PHI": a read we could not do is not assessed, with the reason.
    result.status = 'not_assessed';
    result.reason = `read failed: ${errorReason(e)}`;
  }
  return result;
}

export function planOf(listed: Listed[]): Plan {
  return {
    stores: listed.map((l) => ({
      uri: l.store.uri,
      provider: l.store.provider,
      listed: l.objects.length,
      sampled: l.picked.length,
      plannedBytes: l.plannedBytes,
      ...(l.error ? { listingError: l.error } : {}),
    })),
    estimate: combineEstimates(
      // +1 GET-class request per store for its tags / container properties.
      listed.map((l) => estimateCost(l.store.provider, l.requests, l.picked.length + (l.error ? 0 : 1), l.plannedBytes)),
    ),
  };
}

/**
 * List every store, pick the sample, show the estimate and wait for consent, then read the
 * sample with bounded concurrency. Nothing is read before `confirm` resolves true.
 */
export async function discover(opts: DiscoverOptions): Promise<DiscoverOutcome> {
  const startedAt = new Date();
  const usage: string[] = [];
  const { stores, close } = await openStores(opts, usage);
  try {
    if (!stores.length) {
      if (usage.length) throw new InputError(usage.join('; '));
      return { usage };
    }
    const listed = await mapLimit(stores, 4, (s) => listStore(s.store, s.explicit, opts, usage));
    if (listed.every((l) => l.error) && listed.every((l) => l.explicit) && usage.length) {
      // Nothing the user named could even be listed: one line, exit 2, no report.
      throw new InputError(usage.join('; '));
    }
    const plan = planOf(listed);
    if (!(await opts.confirm(plan))) return { usage };

    const detect: DetectOptions = { ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}) };
    const declare = makeDeclarer(opts.config);
    const declarations = await mapLimit(listed, 4, async (l) => (l.error ? undefined : declare(l.store.uri, await l.store.labels())));

    // One pool across stores, so one big store cannot hold the others back and the number
    // of open sockets stays fixed.
    const jobs = listed.flatMap((l, si) => l.picked.map((obj) => ({ si, obj })));
    const read = await mapLimit(jobs, opts.concurrency ?? 8, ({ si, obj }) => readObject(listed[si]!.store, obj, opts, detect));

    const results: StoreResult[] = listed.map((l, si) => {
      const objects = read.filter((_, j) => jobs[j]!.si === si);
      const entities: Partial<Record<EntityType, number>> = {};
      for (const o of objects) for (const e of o.entities) entities[e.type] = (entities[e.type] ?? 0) + e.count;
      return {
        uri: l.store.uri,
        provider: l.store.provider,
        id: l.store.id,
        ...(l.store.arn ? { arn: l.store.arn } : {}),
        declaration: declarations[si] ?? { declared: 'unknown', basis: l.error ?? 'not read' },
        listing: {
          objects: l.objects.length,
          bytes: l.objects.reduce((n, o) => n + o.size, 0),
          truncated: l.truncated,
          requests: l.requests,
          ...(l.error ? { error: l.error } : {}),
        },
        sample: { objects: l.picked.length, plannedBytes: l.plannedBytes, skippedBinaryByName: l.skippedBinaryByName, skippedEmpty: l.skippedEmpty },
        objectsScanned: objects.filter((o) => o.status === 'scanned').length,
        objectsSkipped: objects.filter((o) => o.status === 'skipped').length + l.skippedBinaryByName,
        objectsNotAssessed: objects.filter((o) => o.status === 'not_assessed').length,
        bytesRead: objects.reduce((n, o) => n + o.bytesRead, 0),
        bytesScanned: objects.reduce((n, o) => n + o.bytesScanned, 0),
        entities,
        objects,
      };
    });
    const findings = buildFindings(results);
    const report: DiscoveryReport = {
      schema: 'phiguard-discovery/1',
      tool: { name: 'phiguard', version: opts.version },
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      options: {
        maxObjects: opts.maxObjects,
        maxBytes: opts.maxBytes,
        maxObjectBytes: opts.maxObjectBytes,
        ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}),
        maskedPreview: !!opts.maskedPreview,
      },
      estimate: plan.estimate,
      stores: results,
      findings,
      summary: summarize(results, findings),
    };
    return { report, usage };
  } finally {
    close();
  }
}
