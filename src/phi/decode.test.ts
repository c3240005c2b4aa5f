import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeInto, isBinaryByName, looksBinary } from './decode.js';

async function decode(data: Buffer, opts: { key?: string; contentType?: string; maxBytes?: number; size?: number; chunk?: number } = {}) {
  const chunks: Buffer[] = [];
  const step = opts.chunk ?? 16 * 1024;
  const parts = Array.from({ length: Math.ceil(data.length / step) }, (_, i) => data.subarray(i * step, (i + 1) * step));
  const r = await decodeInto(Readable.from(parts), {
    key: opts.key ?? 'x.txt',
    ...(opts.contentType ? { contentType: opts.contentType } : {}),
    size: opts.size ?? data.length,
    maxBytes: opts.maxBytes ?? 1024 * 1024,
    sink: (c) => chunks.push(c),
  });
  return { ...r, out: Buffer.concat(chunks) };
}

describe('decodeInto', () => {
  it('passes text (CSV, JSONL, logs) through unchanged', async () => {
    const text = Buffer.from('a,b\n1,2\n{"k":"v"}\n'.repeat(100));
    const r = await decode(text, { chunk: 7 });
    expect(r).toMatchObject({ status: 'scanned', encoding: 'text', bytesRead: text.length, bytesScanned: text.length, truncated: false });
    expect(r.out.equals(text)).toBe(true);
  });

  it('inflates gzip whatever the name', async () => {
    const text = Buffer.from('hello gzip\n'.repeat(1000));
    const r = await decode(gzipSync(text), { key: 'noext' });
    expect(r).toMatchObject({ status: 'scanned', encoding: 'gzip', bytesScanned: text.length, truncated: false });
    expect(r.out.equals(text)).toBe(true);
  });

  it('stops a gzip bomb at the decompressed cap', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a')); // 64 MB → ~64 KB
    expect(bomb.length).toBeLessThan(200_000);
    const r = await decode(bomb, { maxBytes: 1024 * 1024 });
    expect(r).toMatchObject({ status: 'scanned', encoding: 'gzip', bytesScanned: 1024 * 1024, truncated: true });
    expect(r.out.length).toBe(1024 * 1024);
  });

  it('scans the head of a gzip cut short by a ranged read', async () => {
    const text = Buffer.from(Array.from({ length: 20000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}\n`).join(''));
    const gz = gzipSync(text);
    const half = gz.subarray(0, Math.floor(gz.length / 2));
    const r = await decode(half, { size: gz.length });
    expect(r.status).toBe('scanned');
    expect(r.truncated).toBe(true);
    expect(r.bytesScanned).toBeGreaterThan(0);
    expect(text.subarray(0, r.out.length).equals(r.out)).toBe(true);
  });

  it('reports a corrupt gzip as not assessed', async () => {
    const r = await decode(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(100, 0xff)]));
    expect(r).toMatchObject({ status: 'not_assessed', reason: 'corrupt gzip' });
  });

  it('skips binary by magic number, by NUL bytes, by content type, and inside gzip', async () => {
    expect(await decode(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1000, 0x41)]))).toMatchObject({ status: 'skipped', reason: 'binary' });
    expect(await decode(Buffer.from('abc\0def'))).toMatchObject({ status: 'skipped', reason: 'binary' });
    expect(await decode(Buffer.from('text'), { contentType: 'image/png' })).toMatchObject({ status: 'skipped', bytesRead: 0 });
    const zipInGz = gzipSync(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(1000, 1)]));
    expect(await decode(zipInGz)).toMatchObject({ status: 'skipped', reason: 'binary (inside gzip)' });
  });

  it('caps what it reads even if the store ignored the Range header', async () => {
    const r = await decode(Buffer.alloc(5 * 1024 * 1024, 'x'), { maxBytes: 1024 * 1024 });
    expect(r).toMatchObject({ bytesRead: 1024 * 1024, bytesScanned: 1024 * 1024, truncated: true });
  });

  it('knows binary names and text heads', () => {
    expect(isBinaryByName('a/b/scan.PNG')).toBe(true);
    expect(isBinaryByName('a/b/data.csv')).toBe(false);
    expect(isBinaryByName('logs/app.log.gz')).toBe(false);
    expect(looksBinary(Buffer.from('name,ssn\r\n\tx\n'))).toBe(false);
  });
});
