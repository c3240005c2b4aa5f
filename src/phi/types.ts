import type { EntitySummary, EntityType } from './detect/types.js';

export type StoreProvider = 'aws' | 'azure' | 'local';

/** One object a store listed: enough to sample, price and read it. */
export interface ListedObject {
  /** S3 key, blob name, or path relative to the local root. */
  key: string;
  size: number;
  contentType?: string;
}

/** Whether a store is declared as holding PHI, and how we know. */
export interface Declaration {
  declared: boolean | 'unknown';
  /** What decided it: "tag phi=true", "phi.locations glob", or why it is unknown. */
  basis: string;
}

/**
 * Labels a store carries that can declare it as holding PHI (S3 bucket tags, Azure container
 * metadata). `partial` says a non-match proves nothing, because other labels (an Azure
 * storage account's tags) could not be read; `unknown` says even these could not be read.
 */
export type StoreLabels = { tags: Record<string, string>; partial?: string } | { unknown: string };

/** A byte stream for the first `maxBytes` of an object, and what the store said about it. */
export interface OpenedObject {
  body: NodeJS.ReadableStream;
  contentType?: string;
}

/**
 * What discovery needs of a storage provider. One implementation per provider keeps
 * provider quirks (Range headers, pagination, metadata) out of the shared code.
 */
export interface StoreReader {
  readonly provider: StoreProvider;
  /** `s3://bucket/prefix`, `azblob://account/container/prefix`, or an absolute path. */
  readonly uri: string;
  /** Bucket name, `account/container`, or the absolute path. */
  readonly id: string;
  readonly arn?: string;
  /**
   * Every object under the store's prefix, up to `limit` (listing a huge bucket costs time
   * and LIST requests too). `truncated` says the limit stopped it.
   */
  list(limit: number): Promise<{ objects: ListedObject[]; truncated: boolean; requests: number }>;
  /** The first `maxBytes` bytes of the object (a ranged read, never the whole object). */
  open(obj: ListedObject, maxBytes: number): Promise<OpenedObject>;
  /** Tags / metadata read from the provider; the caller matches them against the PHI config. */
  labels(): Promise<StoreLabels>;
  close?(): void;
}

export type ObjectStatus = 'scanned' | 'skipped' | 'not_assessed';

/** One object's result. Holds entity types, counts and byte ranges — never matched text. */
export interface ObjectResult {
  /** The key, with any identifier found in the key itself masked as `[TYPE:length]`. */
  key: string;
  size: number;
  status: ObjectStatus;
  /** Why skipped or not assessed (`binary`, `access denied (AccessDenied)`, …). */
  reason?: string;
  /** Decoding applied: `text`, `gzip`. */
  encoding?: 'text' | 'gzip';
  /** Bytes transferred from the store. */
  bytesRead: number;
  /** Bytes handed to the detectors (after decompression). */
  bytesScanned: number;
  /** The object is larger than what was read (or the decompressed cap stopped it). */
  truncated: boolean;
  entities: EntitySummary[];
  /** Only with `--masked-preview`: per entity type, `[SSN:11]` per range — type and length only. */
  maskedPreview?: Partial<Record<EntityType, string[]>>;
}

export type FindingSeverity = 'critical' | 'high' | 'info';

export interface DiscoveryFinding {
  id: string;
  severity: FindingSeverity;
  title: string;
  store: string;
  hipaa: string[];
  message: string;
}

export interface StoreResult {
  uri: string;
  provider: StoreProvider;
  id: string;
  arn?: string;
  declaration: Declaration;
  listing: { objects: number; bytes: number; truncated: boolean; requests: number; error?: string };
  sample: { objects: number; plannedBytes: number; skippedBinaryByName: number; skippedEmpty: number };
  objectsScanned: number;
  objectsSkipped: number;
  objectsNotAssessed: number;
  bytesRead: number;
  bytesScanned: number;
  entities: Partial<Record<EntityType, number>>;
  objects: ObjectResult[];
}

export interface CostEstimate {
  provider: StoreProvider;
  listRequests: number;
  getRequests: number;
  bytes: number;
  usd: number;
  /** The prices and assumptions behind the figure, in words. */
  assumptions: string;
}

export interface DiscoveryReport {
  schema: 'phiguard-discovery/1';
  tool: { name: 'phiguard'; version: string };
  startedAt: string;
  finishedAt: string;
  options: { maxObjects: number; maxBytes: number; maxObjectBytes: number; minConfidence?: number; maskedPreview: boolean };
  estimate: CostEstimate[];
  stores: StoreResult[];
  findings: DiscoveryFinding[];
  summary: {
    stores: number;
    storesWithPhi: number;
    objectsScanned: number;
    objectsSkipped: number;
    objectsNotAssessed: number;
    bytesScanned: number;
    critical: number;
    high: number;
    info: number;
  };
}
