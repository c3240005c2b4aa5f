import type { TokenCredential } from '@azure/identity';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';

export const AZURE_ENDPOINT = 'https://management.azure.com';
/** Retries per call after the first attempt, throttling included. */
export const DEFAULT_MAX_RETRIES = 5;
/** The longest Retry-After phiguard waits out; a longer one ends the call as throttled. */
export const MAX_RETRY_WAIT_MS = 60_000;

export interface AzureHttpOptions {
  credential: TokenCredential;
  /** Tests pass a client that answers from recorded responses; otherwise Node's. */
  httpClient?: HttpClient;
  endpoint?: string;
  maxRetries?: number;
}

const RETRY_HEADERS = ['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms'];

/** `hh:mm:ss` (Resource Graph's `x-ms-user-quota-resets-after`) in milliseconds. */
function resetsAfterMs(v: string | undefined): number | undefined {
  const m = v ? /^(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(v.trim()) : null;
  return m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000 : undefined;
}

function retryWaitMs(res: PipelineResponse): number | undefined {
  const ms = res.headers.get('retry-after-ms') ?? res.headers.get('x-ms-retry-after-ms');
  if (ms !== undefined && /^\d+$/.test(ms.trim())) return Number(ms);
  const after = res.headers.get('retry-after');
  if (after !== undefined) {
    if (/^\d+$/.test(after.trim())) return Number(after) * 1000;
    const at = Date.parse(after);
    if (Number.isFinite(at)) return Math.max(0, at - Date.now());
  }
  return undefined;
}

/**
 * Runs between the SDK's retry policy and the wire, so the retry policy sees what it
 * leaves: Resource Graph's quota header stands in for a missing Retry-After, and a wait
 * beyond `MAX_RETRY_WAIT_MS` is dropped, so the 429 ends the call (throttled, the listing
 * incomplete) instead of stalling the scan for an hour.
 */
export function throttleHeadersPolicy(maxWaitMs = MAX_RETRY_WAIT_MS): PipelinePolicy {
  return {
    name: 'phiguardThrottleHeaders',
    async sendRequest(request, next) {
      const res = await next(request);
      if (res.status !== 429) return res;
      let wait = retryWaitMs(res);
      if (wait === undefined) {
        wait = resetsAfterMs(res.headers.get('x-ms-user-quota-resets-after'));
        if (wait !== undefined) res.headers.set('retry-after-ms', String(wait));
      }
      if (wait !== undefined && wait > maxWaitMs) for (const h of RETRY_HEADERS) res.headers.delete(h);
      return res;
    },
  };
}

/** What the Azure SDK clients (core-client) take to share phiguard's pipeline settings. */
export function clientOptions(opts: AzureHttpOptions) {
  return {
    ...(opts.httpClient ? { httpClient: opts.httpClient } : {}),
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    retryOptions: { maxRetries: opts.maxRetries ?? DEFAULT_MAX_RETRIES },
    additionalPolicies: [{ policy: throttleHeadersPolicy(), position: 'perRetry' as const }],
    userAgentOptions: { userAgentPrefix: 'phiguard' },
  };
}

export interface JsonResponse {
  status: number;
  headers: PipelineResponse['headers'];
  body: unknown;
}

/**
 * A bare ARM client on the SDK's own pipeline (bearer token, retry with Retry-After,
 * the throttle policy above), for the APIs phiguard calls by hand: Resource Graph, whose
 * generated client (@azure/arm-resourcegraph 4.x) still sits on the retired ms-rest-js stack.
 */
export class ArmHttp {
  private readonly pipeline: Pipeline;
  private readonly client: HttpClient;
  readonly endpoint: string;

  constructor(opts: AzureHttpOptions) {
    this.endpoint = (opts.endpoint ?? AZURE_ENDPOINT).replace(/\/+$/, '');
    this.pipeline = createPipelineFromOptions({
      retryOptions: { maxRetries: opts.maxRetries ?? DEFAULT_MAX_RETRIES },
      userAgentOptions: { userAgentPrefix: 'phiguard' },
    });
    this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: opts.credential, scopes: `${this.endpoint}/.default` }), { phase: 'Sign' });
    this.pipeline.addPolicy(throttleHeadersPolicy(), { afterPhase: 'Retry' });
    this.client = opts.httpClient ?? createDefaultHttpClient();
  }

  async post(path: string, body: unknown): Promise<JsonResponse> {
    const request = createPipelineRequest({
      url: `${this.endpoint}${path}`,
      method: 'POST',
      headers: createHttpHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
      body: JSON.stringify(body),
    });
    const res = await this.pipeline.sendRequest(this.client, request);
    let parsed: unknown = undefined;
    try {
      parsed = res.bodyAsText ? JSON.parse(res.bodyAsText) : undefined;
    } catch {
      parsed = res.bodyAsText;
    }
    return { status: res.status, headers: res.headers, body: parsed };
  }
}
