import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';

/** Every entry of a zip, by name. */
export async function zipEntries(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  const out = new Map<string, Buffer>();
  for await (const e of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.set(e.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return out;
}

/** Writes a copy of a zip with its entries changed, as a tamperer would. */
export async function rewriteZip(from: string, to: string, change: (m: Map<string, Buffer>) => void): Promise<void> {
  const m = await zipEntries(from);
  change(m);
  const zip = new ZipFile();
  for (const [name, data] of m) zip.addBuffer(data, name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(to));
}
