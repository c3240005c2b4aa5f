import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import yauzl from 'yauzl';
import { InputError } from '../util/errors.js';
import { HashingStream } from './hash.js';
import { type EvidenceManifest, MANIFEST_PATH, type ManifestFile } from './manifest.js';

export interface VerifyResult {
  /** True when every entry matches the manifest and nothing was added or removed. */
  ok: boolean;
  /** Listed, present, but with other bytes (or present twice, which is ambiguous). */
  modified: string[];
  /** Listed in the manifest, absent from the pack. */
  missing: string[];
  /** In the pack, not listed in the manifest. */
  added: string[];
  manifest?: EvidenceManifest;
}

/** A manifest is small; a bigger one is not ours and is not read into memory. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
}

function parseManifest(path: string, text: string): EvidenceManifest {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path}: manifest.json is not valid JSON: ${oneLine(e)}`);
  }
  const files = (m as { files?: unknown })?.files;
  const valid =
    Array.isArray(files) &&
    files.every(
      (f: Partial<ManifestFile>) => typeof f?.path === 'string' && typeof f.sha256 === 'string' && typeof f.bytes === 'number',
    );
  if (!valid) throw new InputError(`${path}: manifest.json has no valid "files" list of { path, sha256, bytes }`);
  return m as EvidenceManifest;
}

/** Hashes one entry as it streams out of the zip; keeps the bytes only for the manifest. */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: boolean): Promise<{ sha256: string; bytes: number; data?: Buffer }> {
  const hasher = new HashingStream();
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (keep) {
        if (hasher.bytes > MANIFEST_MAX_BYTES) return done(new Error('manifest.json is too large'));
        chunks.push(chunk);
      }
      done();
    },
  });
  await pipeline(await zip.openReadStreamPromise(entry), hasher, sink);
  return { sha256: hasher.digest(), bytes: hasher.bytes, ...(keep ? { data: Buffer.concat(chunks) } : {}) };
}

/**
 * Re-hashes every entry of an evidence pack against its manifest. A file that is not a
 * readable zip, or has no manifest, is an input error; a pack that differs from its
 * manifest is a result (`ok: false`) naming each modified, missing and added entry.
 */
export async function verifyEvidencePack(path: string): Promise<VerifyResult> {
  const seen = new Map<string, { sha256: string; bytes: number }>();
  const duplicated = new Set<string>();
  let manifestText: string | undefined;
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: true });
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue; // directories hold no bytes
      const isManifest = entry.fileName === MANIFEST_PATH;
      const got = await readEntry(zip, entry, isManifest);
      if (isManifest) {
        if (manifestText !== undefined) throw new InputError(`${path}: the pack holds two manifest.json entries`);
        manifestText = got.data!.toString('utf8');
        continue;
      }
      if (seen.has(entry.fileName)) duplicated.add(entry.fileName);
      seen.set(entry.fileName, got);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: not a readable evidence pack (zip): ${oneLine(e)}`);
  } finally {
    zip?.close();
  }
  if (manifestText === undefined) throw new InputError(`${path}: no manifest.json in the evidence pack`);
  const manifest = parseManifest(path, manifestText);

  const listed = new Set(manifest.files.map((f) => f.path));
  const modified: string[] = [];
  const missing: string[] = [];
  for (const f of manifest.files) {
    const got = seen.get(f.path);
    if (!got) missing.push(f.path);
    else if (duplicated.has(f.path) || got.sha256 !== f.sha256.toLowerCase() || got.bytes !== f.bytes) modified.push(f.path);
  }
  const added = [...seen.keys()].filter((p) => !listed.has(p)).sort();
  return { ok: !modified.length && !missing.length && !added.length, modified, missing, added, manifest };
}
