import type { Report } from '../report/model.js';

/** One entry of the pack as the manifest records it: what an auditor re-hashes. */
export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * `manifest.json` at the root of every evidence pack. It lists every other entry with its
 * SHA-256 and size; it does not list itself (it cannot hold its own hash). Sign or
 * timestamp the manifest, and the whole pack is covered.
 */
export interface EvidenceManifest {
  tool: Report['tool'];
  schemaVersion: Report['schemaVersion'];
  scan: Pick<Report['scan'], 'startedAt' | 'finishedAt' | 'scope'>;
  files: ManifestFile[];
}

export const MANIFEST_PATH = 'manifest.json';
export const REPORT_PATH = 'report.json';
export const INVENTORY_PATH = 'inventory.jsonl.gz';
export const REPORTS_DIR = 'reports/';
