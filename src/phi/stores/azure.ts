import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { type OnCall, errorReason, timed } from '../calls.js';
import type { ListedObject, OpenedObject, StoreLabels, StoreReader } from '../types.js';

export interface AzureSettings {
  /** A connection string (azurite, shared-key accounts); otherwise DefaultAzureCredential. */
  connectionString?: string;
  onCall?: OnCall;
}

/**
 * A Blob service client for one storage account. With a connection string (flag or
 * AZURE_STORAGE_CONNECTION_STRING) it talks to whatever endpoint the string names — azurite
 * in tests; without, Entra ID credentials from `@azure/identity`, loaded only then.
 */
export async function blobService(account: string, s: AzureSettings): Promise<BlobServiceClient> {
  if (s.connectionString) return BlobServiceClient.fromConnectionString(s.connectionString);
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new BlobServiceClient(`https://${account}.blob.core.windows.net`, new DefaultAzureCredential());
}

export class AzureContainerStore implements StoreReader {
  readonly provider = 'azure' as const;
  readonly uri: string;
  readonly id: string;
  private readonly container: ContainerClient;

  constructor(
    service: BlobServiceClient,
    readonly account: string,
    readonly containerName: string,
    readonly prefix: string,
    private readonly onCall?: OnCall,
  ) {
    this.uri = `azblob://${account}/${containerName}${prefix ? `/${prefix}` : ''}`;
    this.id = `${account}/${containerName}`;
    this.container = service.getContainerClient(containerName);
  }

  async list(limit: number): Promise<{ objects: ListedObject[]; truncated: boolean; requests: number }> {
    const objects: ListedObject[] = [];
    let requests = 0;
    const pages = this.container.listBlobsFlat(this.prefix ? { prefix: this.prefix } : {}).byPage({ maxPageSize: 5000 });
    // Each page is one List Blobs request; timed() wraps the page fetch.
    for (;;) {
      const page = await timed(this.onCall, { provider: 'azure', operation: 'blob:ListBlobs', store: this.id }, () => pages.next());
      if (page.done) return { objects, truncated: false, requests };
      requests++;
      for (const b of page.value.segment.blobItems) {
        objects.push({
          key: b.name,
          size: b.properties.contentLength ?? 0,
          ...(b.properties.contentType ? { contentType: b.properties.contentType } : {}),
        });
        if (objects.length >= limit) return { objects, truncated: true, requests };
      }
      if (!page.value.continuationToken) return { objects, truncated: false, requests };
    }
  }

  async open(obj: ListedObject, maxBytes: number): Promise<OpenedObject> {
    const blob = this.container.getBlobClient(obj.key);
    const count = Math.min(maxBytes, obj.size);
    const res = await timed(
      this.onCall,
      { provider: 'azure', operation: 'blob:GetBlob', store: this.id, key: obj.key, range: `bytes=0-${count - 1}` },
      () => blob.download(0, count),
      (r) => (r.contentLength !== undefined ? { contentLength: r.contentLength } : {}),
    );
    if (!res.readableStreamBody) throw Object.assign(new Error('empty body'), { name: 'EmptyBody' });
    return { body: res.readableStreamBody, ...(res.contentType ? { contentType: res.contentType } : {}) };
  }

  /** Container metadata; the account's ARM tags need the management plane, so a non-match is partial. */
  async labels(): Promise<StoreLabels> {
    try {
      const props = await timed(this.onCall, { provider: 'azure', operation: 'blob:GetContainerProperties', store: this.id }, () =>
        this.container.getProperties(),
      );
      return { tags: { ...(props.metadata ?? {}) }, partial: 'storage account tags are not readable through the Blob endpoint' };
    } catch (e) {
      return { unknown: `GetContainerProperties: ${errorReason(e)}` };
    }
  }
}
