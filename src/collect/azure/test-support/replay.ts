import { readFileSync } from 'node:fs';
import { createHttpHeaders, type HttpClient, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';

/** One recorded exchange: what the request must be, and what Azure answered. */
export interface Exchange {
  method: string;
  /** URL path, without the query string. */
  path: string;
  /** Resource Graph requests: the body's subscriptions and `options.$skipToken` (null: none). */
  subscriptions?: string[];
  skipToken?: string | null;
  response: { status: number; headers?: Record<string, string>; body?: unknown };
}

export interface SeenRequest {
  method: string;
  url: string;
  body?: unknown;
  authorization?: string;
}

/**
 * A core-rest-pipeline `HttpClient` that answers from recorded responses, so the SDK's real
 * pipeline (bearer token, retry with Retry-After, deserialization) runs on them. Each
 * exchange answers once, in order; a request no exchange matches is answered 404 and kept
 * in `unmatched`, for the test to fail on.
 */
export class ReplayClient implements HttpClient {
  readonly seen: SeenRequest[] = [];
  readonly unmatched: SeenRequest[] = [];
  private readonly left: Exchange[];

  constructor(exchanges: readonly Exchange[]) {
    this.left = [...exchanges];
  }

  static fromFile(name: string): ReplayClient {
    const url = new URL(`./recordings/${name}`, import.meta.url);
    return new ReplayClient((JSON.parse(readFileSync(url, 'utf8')) as { exchanges: Exchange[] }).exchanges);
  }

  get remaining(): number {
    return this.left.length;
  }

  async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
    const url = new URL(request.url);
    const body = typeof request.body === 'string' ? (JSON.parse(request.body) as { subscriptions?: string[]; options?: { $skipToken?: string } }) : undefined;
    const seen: SeenRequest = { method: request.method, url: request.url, ...(body ? { body } : {}) };
    const auth = request.headers.get('authorization');
    if (auth) seen.authorization = auth;
    this.seen.push(seen);
    const i = this.left.findIndex(
      (x) =>
        x.method === request.method &&
        x.path.toLowerCase() === decodeURIComponent(url.pathname).toLowerCase() &&
        (x.subscriptions === undefined || JSON.stringify([...x.subscriptions].sort()) === JSON.stringify([...(body?.subscriptions ?? [])].sort())) &&
        (x.skipToken === undefined || (x.skipToken ?? undefined) === body?.options?.$skipToken),
    );
    if (i < 0) {
      this.unmatched.push(seen);
      return { request, status: 404, headers: createHttpHeaders(), bodyAsText: '{"error":{"code":"NoRecording","message":"no recorded response"}}' };
    }
    const [x] = this.left.splice(i, 1) as [Exchange];
    return {
      request,
      status: x.response.status,
      headers: createHttpHeaders({ 'content-type': 'application/json; charset=utf-8', ...(x.response.headers ?? {}) }),
      ...(x.response.body !== undefined ? { bodyAsText: JSON.stringify(x.response.body) } : {}),
    };
  }
}

/** A credential that hands out a fixed token, as DefaultAzureCredential would a real one. */
export const fakeCredential: TokenCredential = {
  async getToken() {
    return { token: 'recorded-test-token', expiresOnTimestamp: Date.now() + 3_600_000 };
  },
};
