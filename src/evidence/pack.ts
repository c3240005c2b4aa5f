import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { ZipFile } from 'yazl';
import type { Report } from '../report/model.js';
import { InputError } from '../util/errors.js';
import { HashingStream, sha256 } from './hash.js';
import { type EvidenceManifest, INVENTORY_PATH, MANIFEST_PATH, type ManifestFile, REPORT_PATH, REPORTS_DIR } from './manifest.js';

export interface EvidenceInput {
  report: Report;
  /** The normalized resources the report was computed from. */
  inventory: unknown[];
  /** Rendered reports (SARIF, HTML, CSV…), stored under `reports/`. */
  files: { path: string; content: string | Buffer }[];
}

/** A report file name must stay inside `reports/`: no absolute path, no `..`, no backslash. */
function reportPath(p: string): string {
  const norm = posix.normalize(p);
  if (!p || p.includes('\\') || posix.isAbsolute(p) || norm === '.' || norm.startsWith('../') || norm === '..') {
    throw new InputError(`evidence pack: report file name ${JSON.stringify(p)} must be a relative path without ".."`);
  }
  return `${REPORTS_DIR}${norm}`;
}

function* jsonLines(items: unknown[]): Generator<string> {
  for (const item of items) yield `${JSON.stringify(item) ?? 'null'}\n`;
}

/**
 * Writes the evidence pack: a zip of the inventory (JSON lines, gzipped), the report
 * object, the rendered reports, and a manifest with the SHA-256 of each. Entries are
 * streamed into the zip and hashed on the way, so the inventory is never held compressed
 * and uncompressed at once. The file appears at `out` only when complete.
 */
export async function writeEvidencePack(out: string, input: EvidenceInput): Promise<void> {
  const names = input.files.map((f) => reportPath(f.path));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new InputError(`evidence pack: two report files are named ${dup.slice(REPORTS_DIR.length)}`);

  const { report } = input;
  const finished = new Date(report.scan.finishedAt);
  // Entry times from the scan, not the clock: the same scan packs to the same bytes.
  const mtime = Number.isNaN(finished.getTime()) ? new Date() : finished;
  const zip = new ZipFile();
  const partial = `${out}.partial`;
  const written = pipeline(zip.outputStream, createWriteStream(partial));
  const files: ManifestFile[] = [];

  const addBuffer = (data: Buffer, path: string) => {
    files.push({ path, sha256: sha256(data), bytes: data.length });
    zip.addBuffer(data, path, { mtime });
  };

  try {
    addBuffer(Buffer.from(`${JSON.stringify(report, null, 2)}\n`), REPORT_PATH);

    const hasher = new HashingStream();
    const gzipped = pipeline(Readable.from(jsonLines(input.inventory)), createGzip(), hasher);
    // Already gzipped: stored as is rather than deflated twice.
    zip.addReadStream(hasher, INVENTORY_PATH, { mtime, compress: false });

    input.files.forEach((f, i) => addBuffer(typeof f.content === 'string' ? Buffer.from(f.content) : f.content, names[i]!));

    await gzipped;
    files.splice(1, 0, { path: INVENTORY_PATH, sha256: hasher.digest(), bytes: hasher.bytes });
    const manifest: EvidenceManifest = {
      tool: report.tool,
      schemaVersion: report.schemaVersion,
      scan: { startedAt: report.scan.startedAt, finishedAt: report.scan.finishedAt, scope: report.scan.scope },
      files,
    };
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_PATH, { mtime });
    zip.end();
    await written;
    await rename(partial, out);
  } catch (e) {
    zip.outputStream.unpipe();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw e;
  }
}
