import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { AccountCollection } from '../../engine/collection.js';
import type { CoverageEntry } from '../../engine/inventory.js';
import type { AnyResource } from '../../model/resource.js';
import { InputError, type InputProblem } from '../../util/errors.js';

/**
 * The saved inventory (`phiguard collect aws -o inventory.json.gz`), documented in
 * docs/inventory-format.md: gzip of JSON Lines, one record a line, written and read as a
 * stream so no estate has to fit in memory as one document.
 *
 *   {"format":"phiguard-inventory","version":1,...}      header
 *   {"resource":{...}}                                   one per resource
 *   {"coverage":{...}} {"problem":{...}} {"account":{...}}
 *   {"end":{"resources":N,...,"scope":{...}}}            trailer: counts and scope
 *
 * The trailer's counts make a file cut short (or a line lost) an error, not a smaller estate.
 */

export const INVENTORY_FORMAT = 'phiguard-inventory';
/** Bumped when a reader of the previous version would misread the file. */
export const INVENTORY_VERSION = 1;

export interface InventoryHeader {
  format: typeof INVENTORY_FORMAT;
  version: number;
  tool: { name: 'phiguard'; version: string };
  source: 'aws';
  createdAt: string;
}

export interface InventoryScope {
  accounts: string[];
  regions: string[];
  identity?: string;
}

export interface InventoryTrailer {
  resources: number;
  coverage: number;
  problems: number;
  accounts: number;
  finishedAt: string;
  scope: InventoryScope;
}

export interface InventoryContents {
  header: InventoryHeader;
  resources: AnyResource[];
  coverage: CoverageEntry[];
  problems: InputProblem[];
  collection: AccountCollection[];
  trailer: InventoryTrailer;
}

/** Writes records as they come; the file appears under its name only once complete. */
export class InventoryWriter {
  private readonly gzip = createGzip();
  private readonly done: Promise<void>;
  private readonly counts = { resources: 0, coverage: 0, problems: 0, accounts: 0 };
  private failed: unknown;

  private constructor(
    private readonly path: string,
    private readonly partial: string,
  ) {
    const file = createWriteStream(partial);
    this.gzip.pipe(file);
    this.done = new Promise((resolve, reject) => {
      file.on('finish', resolve);
      file.on('error', reject);
      this.gzip.on('error', reject);
    });
    // Recorded so the next write reports it instead of waiting for a drain that never comes.
    this.done.catch((e: unknown) => (this.failed = e));
  }

  static async open(path: string, header: Omit<InventoryHeader, 'format' | 'version'>): Promise<InventoryWriter> {
    const w = new InventoryWriter(path, `${path}.partial`);
    await w.line({ format: INVENTORY_FORMAT, version: INVENTORY_VERSION, ...header });
    return w;
  }

  async resource(r: AnyResource): Promise<void> {
    this.counts.resources++;
    await this.line({ resource: r });
  }
  async coverage(c: CoverageEntry): Promise<void> {
    this.counts.coverage++;
    await this.line({ coverage: c });
  }
  async problem(p: InputProblem): Promise<void> {
    this.counts.problems++;
    await this.line({ problem: p });
  }
  async account(a: AccountCollection): Promise<void> {
    this.counts.accounts++;
    await this.line({ account: a });
  }

  async close(scope: InventoryScope): Promise<void> {
    await this.line({ end: { ...this.counts, finishedAt: new Date().toISOString(), scope } satisfies InventoryTrailer });
    this.gzip.end();
    try {
      await this.done;
    } catch (e) {
      throw this.writeError(e);
    }
    await rename(this.partial, this.path);
  }

  /** Drops the partial file after a failed collection. */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await rm(this.partial, { force: true });
  }

  private async line(record: object): Promise<void> {
    if (this.failed) throw this.writeError(this.failed);
    // Backpressure: a fast collection waits for the disk rather than buffering the estate.
    if (!this.gzip.write(`${JSON.stringify(record)}\n`)) {
      await Promise.race([once(this.gzip, 'drain'), this.done]);
    }
  }

  private writeError(e: unknown): InputError {
    return new InputError(`--output ${this.path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

// `AWS::S3::Bucket`, and the account-level `AWS::Account`.
const TYPE_NAME = /^[A-Za-z0-9]+(::[A-Za-z0-9]+){1,2}$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return Boolean(v) && typeof v === 'object' && !Array.isArray(v);
}

/** What is wrong with a resource record, if anything: the fields every rule relies on. */
function resourceProblem(r: unknown): string | undefined {
  if (!isObject(r)) return 'the resource is not an object';
  if (r.provider !== 'aws' && r.provider !== 'azure') return 'resource.provider is not "aws" or "azure"';
  if (typeof r.type !== 'string' || !TYPE_NAME.test(r.type)) return 'resource.type is not a resource type name';
  for (const k of ['id', 'name'] as const) if (typeof r[k] !== 'string') return `resource.${k} is not a string`;
  for (const k of ['account', 'region'] as const) if (typeof r[k] !== 'string' && !isObject(r[k])) return `resource.${k} is neither a string nor an unknown value`;
  if (!isObject(r.tags)) return 'resource.tags is not an object';
  if (!isObject(r.props)) return 'resource.props is not an object';
  if (!isObject(r.origin) || typeof r.origin.kind !== 'string') return 'resource.origin has no kind';
  if (r.refs !== undefined && (!Array.isArray(r.refs) || r.refs.some((x) => typeof x !== 'string'))) return 'resource.refs is not a list of strings';
  return undefined;
}

/**
 * Reads an inventory file as a stream. Anything malformed (not gzip, another format or
 * version, a line that is not a record, a file cut short) is an `InputError` naming the
 * file and, where there is one, the line.
 */
export async function readInventory(file: string): Promise<InventoryContents> {
  const out: Partial<InventoryContents> & Pick<InventoryContents, 'resources' | 'coverage' | 'problems' | 'collection'> = {
    resources: [],
    coverage: [],
    problems: [],
    collection: [],
  };
  const source = createReadStream(file);
  const gunzip = createGunzip();
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  let streamError: unknown;
  // A pipe does not pass errors on, and readline waits for an end that an error never
  // brings: each error closes the line reader so the loop below ends and reports it.
  const stop = (e: unknown) => {
    streamError ??= e;
    lines.close();
  };
  source.on('error', stop);
  gunzip.on('error', stop);
  let n = 0;
  const fail = (message: string, line = n): never => {
    lines.close();
    source.destroy();
    throw new InputError(`${file}${line ? `:${line}` : ''}: ${message}`);
  };
  try {
    for await (const text of lines) {
      n++;
      if (out.trailer) fail('content after the end record');
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (e) {
        fail(`not a JSON line (${(e as Error).message})`);
      }
      if (!isObject(record)) fail('not a record (a JSON object on one line)');
      const r = record as Record<string, unknown>;
      if (n === 1) {
        if (r.format !== INVENTORY_FORMAT) fail('not a phiguard inventory (no "format": "phiguard-inventory" header)');
        if (r.version !== INVENTORY_VERSION) {
          fail(
            typeof r.version === 'number' && r.version > INVENTORY_VERSION
              ? `inventory format version ${r.version} is newer than this phiguard reads (${INVENTORY_VERSION}): upgrade phiguard`
              : `unsupported inventory format version ${JSON.stringify(r.version)} (this phiguard reads ${INVENTORY_VERSION})`,
          );
        }
        out.header = r as unknown as InventoryHeader;
        continue;
      }
      const keys = Object.keys(r);
      if (keys.length !== 1) fail(`expected one of resource, coverage, problem, account or end, got ${keys.join(', ') || 'an empty object'}`);
      const [kind] = keys as [string];
      const value = r[kind];
      switch (kind) {
        case 'resource': {
          const why = resourceProblem(value);
          if (why) fail(why);
          out.resources.push(value as AnyResource);
          break;
        }
        case 'coverage':
          if (!isObject(value) || typeof value.type !== 'string' || typeof value.account !== 'string' || typeof value.complete !== 'boolean' || !Array.isArray(value.reasons)) {
            fail('malformed coverage record');
          }
          out.coverage.push(value as unknown as CoverageEntry);
          break;
        case 'problem':
          if (!isObject(value) || typeof value.source !== 'string' || typeof value.message !== 'string') fail('malformed problem record');
          out.problems.push(value as unknown as InputProblem);
          break;
        case 'account':
          if (!isObject(value) || typeof value.account !== 'string' || !Array.isArray(value.services)) fail('malformed account record');
          out.collection.push(value as unknown as AccountCollection);
          break;
        case 'end':
          if (!isObject(value) || !isObject(value.scope)) fail('malformed end record');
          out.trailer = value as unknown as InventoryTrailer;
          break;
        default:
          fail(`unknown record "${kind}"`);
      }
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    streamError ??= e;
  }
  if (streamError) {
    const err = streamError as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (err.code === 'EISDIR') throw new InputError(`${file}: is a directory, not an inventory file`);
    if (err.code?.startsWith('Z_')) {
      throw new InputError(n === 0 ? `${file}: not a gzip file (an inventory is gzipped JSON Lines)` : `${file}:${n + 1}: the gzip data is corrupt or cut short (${err.message})`);
    }
    throw new InputError(`${file}: cannot read (${err.code ?? err.message})`);
  }
  if (!out.header) throw new InputError(`${file}: empty: not a phiguard inventory`);
  const t = out.trailer;
  if (!t) throw new InputError(`${file}:${n + 1}: the file ends without its end record: it was cut short`);
  const counts: [string, number, number][] = [
    ['resources', out.resources.length, t.resources],
    ['coverage', out.coverage.length, t.coverage],
    ['problems', out.problems.length, t.problems],
    ['accounts', out.collection.length, t.accounts],
  ];
  for (const [what, got, want] of counts) {
    if (got !== want) throw new InputError(`${file}:${n}: the end record counts ${want} ${what}, the file holds ${got}`);
  }
  return out as InventoryContents;
}
