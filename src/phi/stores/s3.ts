import {
  GetBucketTaggingCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  ListBucketsCommand,
  type ListBucketsCommandOutput,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  type GetBucketTaggingCommandOutput,
} from '@aws-sdk/client-s3';
import { ClientFactory, FALLBACK_REGION, type SdkClient } from '../../collect/aws/clients.js';
import { errorReason, type OnCall, timed } from '../calls.js';
import type { ListedObject, OpenedObject, StoreLabels, StoreReader } from '../types.js';

export interface S3Settings {
  profile?: string;
  endpointUrl?: string;
  onCall?: OnCall;
  /** Merged into the client config (tests: a request handler). */
  extra?: Record<string, unknown>;
}

/**
 * One S3 client for discovery, built like the collectors' (credential chain, `--profile`,
 * `--endpoint-url` with path-style addressing). `followRegionRedirects` lets one client read
 * buckets of every region: discovery goes bucket by bucket, not region by region.
 */
export class S3Access {
  readonly client: SdkClient;
  private readonly factory: ClientFactory;

  private constructor(factory: ClientFactory, region: string, readonly onCall?: OnCall) {
    this.factory = factory;
    this.client = factory.client('s3', region);
  }

  static async create(s: S3Settings): Promise<S3Access> {
    const factory = new ClientFactory({
      ...(s.profile ? { profile: s.profile } : {}),
      ...(s.endpointUrl ? { endpointUrl: s.endpointUrl } : {}),
      maxAttempts: 4,
      extra: { followRegionRedirects: true, ...s.extra },
    });
    const region = s.endpointUrl ? FALLBACK_REGION : ((await factory.configuredRegion()) ?? FALLBACK_REGION);
    return new S3Access(factory, region, s.onCall);
  }

  async listBuckets(): Promise<string[]> {
    const names: string[] = [];
    let token: string | undefined;
    do {
      const out = await timed(this.onCall, { provider: 'aws', operation: 's3:ListBuckets', store: '*' }, () =>
        this.client.send(new ListBucketsCommand({ ...(token ? { ContinuationToken: token } : {}) })) as Promise<ListBucketsCommandOutput>,
      );
      for (const b of out.Buckets ?? []) if (b.Name) names.push(b.Name);
      token = out.ContinuationToken;
    } while (token);
    return names;
  }

  store(bucket: string, prefix: string): S3Store {
    return new S3Store(this, bucket, prefix);
  }

  destroy(): void {
    this.factory.destroy();
  }
}

export class S3Store implements StoreReader {
  readonly provider = 'aws' as const;
  readonly uri: string;
  readonly id: string;
  readonly arn: string;

  constructor(
    private readonly s3: S3Access,
    readonly bucket: string,
    readonly prefix: string,
  ) {
    this.uri = `s3://${bucket}${prefix ? `/${prefix}` : ''}`;
    this.id = bucket;
    this.arn = `arn:aws:s3:::${bucket}`;
  }

  async list(limit: number): Promise<{ objects: ListedObject[]; truncated: boolean; requests: number }> {
    const objects: ListedObject[] = [];
    let token: string | undefined;
    let requests = 0;
    do {
      const out = await timed(this.s3.onCall, { provider: 'aws', operation: 's3:ListObjectsV2', store: this.bucket }, () =>
        this.s3.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            ...(this.prefix ? { Prefix: this.prefix } : {}),
            ...(token ? { ContinuationToken: token } : {}),
            MaxKeys: Math.min(1000, limit - objects.length),
          }),
        ) as Promise<ListObjectsV2CommandOutput>,
      );
      requests++;
      for (const o of out.Contents ?? []) {
        if (o.Key === undefined) continue;
        objects.push({ key: o.Key, size: o.Size ?? 0 });
      }
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token && objects.length < limit);
    return { objects, truncated: !!token, requests };
  }

  async open(obj: ListedObject, maxBytes: number): Promise<OpenedObject> {
    const range = `bytes=0-${maxBytes - 1}`;
    const out = await timed(
      this.s3.onCall,
      { provider: 'aws', operation: 's3:GetObject', store: this.bucket, key: obj.key, range },
      () => this.s3.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: obj.key, Range: range })) as Promise<GetObjectCommandOutput>,
      (r) => (r.ContentLength !== undefined ? { contentLength: r.ContentLength } : {}),
    );
    if (!out.Body) throw Object.assign(new Error('empty body'), { name: 'EmptyBody' });
    // Content-Encoding: gzip objects arrive as stored (the SDK does not inflate), so the
    // decoder's magic-number check still sees them.
    return {
      body: out.Body as NodeJS.ReadableStream,
      ...(out.ContentType ? { contentType: out.ContentType } : {}),
    };
  }

  /** Bucket tags; matching them against the PHI tag config is the caller's job. */
  async labels(): Promise<StoreLabels> {
    try {
      const out = await timed(this.s3.onCall, { provider: 'aws', operation: 's3:GetBucketTagging', store: this.bucket }, () =>
        this.s3.client.send(new GetBucketTaggingCommand({ Bucket: this.bucket })) as Promise<GetBucketTaggingCommandOutput>,
      );
      return { tags: Object.fromEntries((out.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])) };
    } catch (e) {
      // S3 answers a bucket without tags with an error, not an empty set.
      if ((e as { name?: string }).name === 'NoSuchTagSet') return { tags: {} };
      return { unknown: `GetBucketTagging: ${errorReason(e)}` };
    }
  }
}
