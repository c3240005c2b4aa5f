import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * Turns an object's first bytes into text for the detectors. CSV, TSV, JSON, JSONL, logs and
 * plain text need no parsing to find identifiers, so they pass through as bytes; gzip is
 * inflated with a cap; everything that is not text (images, PDFs, archives, columnar
 * formats) is reported as skipped rather than scanned as noise.
 */

/** Extensions we never read: binary formats whose bytes the text detectors cannot judge. */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp tif tiff webp heic heif ico psd dcm dicom pdf zip 7z rar bz2 xz zst lz4 tar tgz jar war ear ' +
    'mp3 mp4 m4a mov avi mkv wav flac ogg webm parquet avro orc exe dll so dylib bin iso dmg img woff woff2 ttf otf ' +
    'class pyc o a db sqlite sqlite3 docx xlsx pptx odt ods doc xls ppt pkl npy npz h5 onnx pt'
  ).split(' '),
);

const BINARY_CONTENT_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|x-7z|x-rar|x-tar|x-bzip|x-xz|zstd|vnd\.apache\.parquet|x-parquet|avro|java-archive|msword|vnd\.ms-|vnd\.openxmlformats)/i;

function extension(key: string): string {
  const base = key.slice(key.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}

/** Known binary from the name alone: skipped without a read, so it costs no GET. */
export function isBinaryByName(key: string): boolean {
  return BINARY_EXTENSIONS.has(extension(key));
}

export function isBinaryContentType(contentType: string | undefined): boolean {
  return !!contentType && BINARY_CONTENT_TYPE.test(contentType);
}

function isGzipHint(key: string, contentType: string | undefined): boolean {
  const ext = extension(key);
  return ext === 'gz' || ext === 'gzip' || /gzip/i.test(contentType ?? '');
}

const MAGIC: [number, number[]][] = [
  [0, [0x89, 0x50, 0x4e, 0x47]], // PNG
  [0, [0xff, 0xd8, 0xff]], // JPEG
  [0, [0x47, 0x49, 0x46, 0x38]], // GIF8
  [0, [0x25, 0x50, 0x44, 0x46]], // %PDF
  [0, [0x50, 0x4b, 0x03, 0x04]], // ZIP (and docx/xlsx/jar)
  [0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]], // 7z
  [0, [0x52, 0x61, 0x72, 0x21]], // Rar!
  [0, [0x42, 0x5a, 0x68]], // bzip2
  [0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]], // xz
  [0, [0x28, 0xb5, 0x2f, 0xfd]], // zstd
  [0, [0x50, 0x41, 0x52, 0x31]], // Parquet PAR1
  [0, [0x4f, 0x62, 0x6a, 0x01]], // Avro
  [0, [0x7f, 0x45, 0x4c, 0x46]], // ELF
  [257, [0x75, 0x73, 0x74, 0x61, 0x72]], // tar "ustar"
];

function startsWith(buf: Buffer, offset: number, bytes: number[]): boolean {
  if (buf.length < offset + bytes.length) return false;
  return bytes.every((b, i) => buf[offset + i] === b);
}

export function isGzipMagic(buf: Buffer): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/**
 * Binary by content: a known magic number, or NUL / control bytes in the head (text formats
 * have none; UTF-16 text is treated as binary for now).
 */
export function looksBinary(head: Buffer): boolean {
  if (MAGIC.some(([off, bytes]) => startsWith(head, off, bytes))) return true;
  const n = Math.min(head.length, 4096);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i]!;
    if (c === 0) return true;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  return control / n > 0.1;
}

export interface DecodeResult {
  status: 'scanned' | 'skipped' | 'not_assessed';
  reason?: string;
  encoding?: 'text' | 'gzip';
  bytesRead: number;
  bytesScanned: number;
  /** Reading stopped before the end of the content (byte cap, ranged read, cut gzip). */
  truncated: boolean;
}

export interface DecodeOptions {
  key: string;
  contentType?: string;
  /** The object's full size, to tell whether the ranged read covered it. */
  size: number;
  /** Cap on bytes read from the store and, separately, on decompressed bytes scanned. */
  maxBytes: number;
  /** Receives decoded text bytes in order. */
  sink: (chunk: Buffer) => void;
}

/** Raw bytes, stopping at `cap` even if the store ignored the Range header. */
async function* capped(src: AsyncIterable<Buffer | string>, cap: number, count: { n: number; cut: boolean }): AsyncGenerator<Buffer> {
  for await (const c of src) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    const room = cap - count.n;
    if (chunk.length >= room) {
      count.n += room;
      count.cut = true;
      if (room > 0) yield chunk.subarray(0, room);
      return; // ends the for-await, which destroys the source stream
    }
    count.n += chunk.length;
    yield chunk;
  }
}

/**
 * Buffers just enough of the head to sniff (magic numbers sit in the first 512 bytes), then
 * streams the rest straight to the sink. Memory stays at one chunk plus the head.
 */
async function sniffAndStream(
  src: AsyncIterable<Buffer>,
  opts: { maxBytes: number; contentType?: string; sink: (c: Buffer) => void },
): Promise<{ binary: boolean; scanned: number; cut: boolean }> {
  let head: Buffer[] = [];
  let headLen = 0;
  let decided = false;
  let scanned = 0;
  let cut = false;
  const emit = (chunk: Buffer): boolean => {
    const room = opts.maxBytes - scanned;
    if (chunk.length > room) {
      if (room > 0) opts.sink(chunk.subarray(0, room));
      scanned += Math.max(room, 0);
      cut = true;
      return false;
    }
    opts.sink(chunk);
    scanned += chunk.length;
    return true;
  };
  for await (const chunk of src) {
    if (!decided) {
      head.push(chunk);
      headLen += chunk.length;
      if (headLen < 512) continue;
      decided = true;
      const h = Buffer.concat(head);
      head = [];
      if (looksBinary(h)) return { binary: true, scanned: 0, cut: false };
      if (!emit(h)) return { binary: false, scanned, cut };
      continue;
    }
    if (!emit(chunk)) return { binary: false, scanned, cut };
  }
  if (!decided) {
    const h = Buffer.concat(head);
    if (looksBinary(h)) return { binary: true, scanned: 0, cut: false };
    emit(h);
  }
  return { binary: false, scanned, cut };
}

/** Reads, decodes and feeds one object's bytes to the sink. Throws only on read errors. */
export async function decodeInto(body: AsyncIterable<Buffer | string>, opts: DecodeOptions): Promise<DecodeResult> {
  if (isBinaryContentType(opts.contentType)) {
    return { status: 'skipped', reason: 'binary', bytesRead: 0, bytesScanned: 0, truncated: false };
  }
  const raw = { n: 0, cut: false };
  const rawStream = capped(body, opts.maxBytes, raw);

  // Peek at the first raw chunk for the gzip magic; the name and content type are only hints.
  const first = await rawStream.next();
  if (first.done) return { status: 'scanned', encoding: 'text', bytesRead: 0, bytesScanned: 0, truncated: opts.size > 0 };
  const firstChunk = first.value;
  async function* rest(): AsyncGenerator<Buffer> {
    yield firstChunk;
    yield* rawStream;
  }
  const gzip = isGzipMagic(firstChunk) || (firstChunk.length < 2 && isGzipHint(opts.key, opts.contentType));
  const rawTruncated = () => raw.cut || raw.n < opts.size;

  if (!gzip) {
    const r = await sniffAndStream(rest(), { maxBytes: opts.maxBytes, sink: opts.sink });
    await rawStream.return(undefined);
    if (r.binary) return { status: 'skipped', reason: 'binary', bytesRead: raw.n, bytesScanned: 0, truncated: rawTruncated() };
    return { status: 'scanned', encoding: 'text', bytesRead: raw.n, bytesScanned: r.scanned, truncated: r.cut || rawTruncated() };
  }

  // The decompressed cap is what stops a gzip bomb: a 1 MB read can inflate to gigabytes.
  const gunzip = createGunzip();
  const input = Readable.from(rest());
  input.on('error', (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  let gzError: Error | undefined;
  const inflated = (async function* () {
    try {
      for await (const c of gunzip) yield c as Buffer;
    } catch (e) {
      // A ranged read cuts the gzip stream mid-way: "unexpected end of file" is expected then.
      gzError = e as Error;
    }
  })();
  const r = await sniffAndStream(inflated, { maxBytes: opts.maxBytes, sink: opts.sink });
  input.destroy();
  gunzip.destroy();
  await rawStream.return(undefined);
  if (r.binary) return { status: 'skipped', reason: 'binary (inside gzip)', encoding: 'gzip', bytesRead: raw.n, bytesScanned: 0, truncated: rawTruncated() };
  const cutShort = (gzError as NodeJS.ErrnoException | undefined)?.code === 'Z_BUF_ERROR' && rawTruncated();
  if (gzError && !cutShort && r.scanned === 0) {
    return { status: 'not_assessed', reason: 'corrupt gzip', encoding: 'gzip', bytesRead: raw.n, bytesScanned: 0, truncated: false };
  }
  return { status: 'scanned', encoding: 'gzip', bytesRead: raw.n, bytesScanned: r.scanned, truncated: r.cut || rawTruncated() || !!gzError };
}
