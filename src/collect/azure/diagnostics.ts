import { MonitorClient } from '@azure/arm-monitor';
import type { TokenCredential } from '@azure/identity';
import type { AnyResource } from '../../model/resource.js';
import { type AzureFailure, failureFromError } from './failures.js';
import { type AzureHttpOptions, clientOptions, DEFAULT_MAX_RETRIES } from './http.js';
import { DIAGNOSTIC_SETTINGS_READ } from './permissions.js';

export type DiagnosticsOutcome = { ok: true; resources: AnyResource[] } | { ok: false; failure: AzureFailure };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads the diagnostic settings of resources through ARM (Resource Graph does not hold
 * them), each as a `Microsoft.Insights/diagnosticSettings` resource in ARM's shape whose
 * `properties.resourceId` names the resource it belongs to.
 */
export class DiagnosticsReader {
  private readonly client: MonitorClient;

  constructor(private readonly opts: AzureHttpOptions & { credential: TokenCredential }) {
    // The subscription id is part of the client, not of this call's URL.
    this.client = new MonitorClient(opts.credential, '00000000-0000-0000-0000-000000000000', clientOptions(opts));
  }

  async read(target: AnyResource): Promise<DiagnosticsOutcome> {
    let raw: unknown;
    try {
      // The SDK's path template is `/{resourceUri}/providers/…`: the id without its leading slash.
      await this.client.diagnosticSettings.list(target.id.replace(/^\/+/, ''), {
        // ARM's own JSON, not the SDK's flattened model: the same shape a template declares.
        onResponse: (response) => {
          try {
            raw = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
          } catch {
            raw = undefined;
          }
        },
      });
    } catch (error) {
      return { ok: false, failure: failureFromError(error, DIAGNOSTIC_SETTINGS_READ, (this.opts.maxRetries ?? DEFAULT_MAX_RETRIES) + 1) };
    }
    const value = isRecord(raw) && Array.isArray(raw.value) ? raw.value : [];
    const resources: AnyResource[] = [];
    for (const s of value) {
      if (!isRecord(s)) continue;
      const name = typeof s.name === 'string' ? s.name : 'diagnostic setting';
      const id = typeof s.id === 'string' && s.id ? s.id : `${target.id}/providers/Microsoft.Insights/diagnosticSettings/${name}`;
      resources.push({
        provider: 'azure',
        type: 'Microsoft.Insights/diagnosticSettings',
        id,
        name,
        account: target.account,
        region: target.region,
        tags: {},
        props: {
          properties: { ...(isRecord(s.properties) ? s.properties : {}), resourceId: target.id },
          location: null,
          kind: null,
          sku: null,
          identity: null,
          apiVersion: null,
        },
        origin: { kind: 'live', calls: [DIAGNOSTIC_SETTINGS_READ] },
        refs: [...new Set([id.toLowerCase(), id])],
      });
    }
    return { ok: true, resources };
  }
}
