import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createConnection, createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
// s3rver ships CommonJS without types.
// @ts-expect-error no declaration file
import S3rver from 's3rver';

/** s3rver's built-in credentials; it checks request signatures against them. */
export const S3_CREDS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** Everything that happened, in order: HTTP requests the S3 endpoint saw, and test marks. */
export type Event = { kind: 'http'; method: string; path: string; range?: string } | { kind: 'stderr'; text: string };

export interface S3Fixture {
  /** The endpoint to hand phiguard: a recording proxy in front of s3rver. */
  endpoint: string;
  client: S3Client;
  events: Event[];
  /** Bucket tags the proxy answers GetBucketTagging with (s3rver does not implement it). */
  tags: Map<string, Record<string, string>>;
  close(): Promise<void>;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * s3rver on 127.0.0.1:0 behind a small proxy. The proxy records every request (so a test can
 * say what was called before what) and answers `?tagging`, which s3rver lacks, the way S3
 * does: the tag set, or 404 NoSuchTagSet.
 */
export async function startS3(): Promise<S3Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 's3rver-'));
  const s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  const { port: backendPort } = (await s3rver.run()) as AddressInfo;
  const events: Event[] = [];
  const tags = new Map<string, Record<string, string>>();
  const proxy: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    events.push({ kind: 'http', method: req.method ?? '', path: url.pathname + url.search, ...(req.headers.range ? { range: req.headers.range } : {}) });
    const bucket = url.pathname.split('/')[1] ?? '';
    if (url.searchParams.has('tagging') && url.pathname.split('/').filter(Boolean).length === 1 && req.method === 'GET') {
      const t = tags.get(bucket);
      if (!t) {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchTagSet</Code><Message>The TagSet does not exist</Message><BucketName>${escapeXml(bucket)}</BucketName></Error>`);
        return;
      }
      const body = Object.entries(t)
        .map(([k, v]) => `<Tag><Key>${escapeXml(k)}</Key><Value>${escapeXml(v)}</Value></Tag>`)
        .join('');
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet>${body}</TagSet></Tagging>`);
      return;
    }
    // Any key under `forbidden/` is denied, as a bucket policy would deny it.
    if (req.method === 'GET' && url.pathname.includes('/forbidden/')) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
      return;
    }
    // The Host header is passed through unchanged, so s3rver's signature check still holds.
    const up = request({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const client = new S3Client({
    endpoint: `http://127.0.0.1:${backendPort}`,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: S3_CREDS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    endpoint,
    client,
    events,
    tags,
    async close() {
      client.destroy();
      proxy.closeAllConnections();
      await new Promise((ok) => proxy.close(ok));
      await s3rver.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function putObjects(client: S3Client, bucket: string, objects: Record<string, Buffer | string>, meta: Record<string, { contentType?: string; contentEncoding?: string }> = {}): Promise<void> {
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const [Key, Body] of Object.entries(objects)) {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key,
        Body,
        ...(meta[Key]?.contentType ? { ContentType: meta[Key].contentType } : {}),
        ...(meta[Key]?.contentEncoding ? { ContentEncoding: meta[Key].contentEncoding } : {}),
      }),
    );
  }
}

/** Azurite's well-known development account. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const { port } = srv.address() as AddressInfo;
  await new Promise((ok) => srv.close(ok));
  return port;
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = createConnection({ host: '127.0.0.1', port }, () => (s.end(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`azurite did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface AzuriteFixture {
  connectionString: string;
  close(): Promise<void>;
}

/** Azurite's blob service as a child process, in memory, on a free port. */
export async function startAzurite(): Promise<AzuriteFixture> {
  const port = await freePort();
  const bin = fileURLToPath(new URL('../node_modules/azurite/dist/src/blob/main.js', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--skipApiVersionCheck', '--silent', '--loose'],
    { stdio: 'ignore' },
  );
  await waitForPort(port, 30_000);
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`,
    async close() {
      child.kill();
      await new Promise((ok) => (child.exitCode !== null ? ok(undefined) : child.once('exit', ok)));
    },
  };
}
