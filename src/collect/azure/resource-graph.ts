import type { AzureArmProps } from '../../model/azure/index.js';
import { azureType } from '../../model/azure/index.js';
import type { AnyResource } from '../../model/resource.js';
import { InputError } from '../../util/errors.js';
import { type AzureFailure, failureFromError, failureFromResponse, isCredentialError } from './failures.js';
import type { ArmHttp } from './http.js';
import { RESOURCE_GRAPH_READ } from './permissions.js';

export const RESOURCE_GRAPH_API_VERSION = '2022-10-01';
export const PAGE_SIZE = 1000;

/** One row of the query below (`resultFormat: objectArray`). */
export interface GraphRow {
  id?: unknown;
  name?: unknown;
  type?: unknown;
  location?: unknown;
  kind?: unknown;
  sku?: unknown;
  identity?: unknown;
  tags?: unknown;
  properties?: unknown;
  subscriptionId?: unknown;
}

/** Rows read, pages taken, and why the listing stopped early if it did. */
export interface GraphListing {
  rows: GraphRow[];
  pages: number;
  failure?: AzureFailure;
}

const kqlString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The KQL: the modelled types, compared in lower case (Resource Graph's own casing varies). */
export function resourcesQuery(types: readonly string[]): string {
  return [
    'resources',
    `| where tolower(type) in (${types.map((t) => kqlString(t.toLowerCase())).join(', ')})`,
    '| project id, name, type, location, kind, sku, identity, tags, properties, subscriptionId',
    '| order by id asc',
  ].join('\n');
}

/**
 * Pages through one query over a batch of subscriptions with `$skipToken`. Rows of the
 * pages read before a failure are kept; the failure says the listing is partial.
 */
export async function queryResources(
  http: ArmHttp,
  subscriptions: readonly string[],
  types: readonly string[],
  opts: { maxRetries: number; onCall?: (ms: number, status: number | string) => void },
): Promise<GraphListing> {
  const out: GraphListing = { rows: [], pages: 0 };
  const query = resourcesQuery(types);
  const seen = new Set<string>();
  let skipToken: string | undefined;
  do {
    const started = performance.now();
    let res;
    try {
      res = await http.post(`/providers/Microsoft.ResourceGraph/resources?api-version=${RESOURCE_GRAPH_API_VERSION}`, {
        subscriptions,
        query,
        options: { $top: PAGE_SIZE, resultFormat: 'objectArray', ...(skipToken ? { $skipToken: skipToken } : {}) },
      });
    } catch (error) {
      // No token at all is not a refused call: the scan cannot start.
      if (isCredentialError(error)) throw new InputError(`no usable Azure credentials: ${failureFromError(error, RESOURCE_GRAPH_READ, 1).message}`);
      out.failure = failureFromError(error, RESOURCE_GRAPH_READ, opts.maxRetries + 1);
      opts.onCall?.(Math.round(performance.now() - started), out.failure.code);
      break;
    }
    opts.onCall?.(Math.round(performance.now() - started), res.status);
    if (res.status < 200 || res.status >= 300) {
      out.failure = failureFromResponse(res.status, res.body, RESOURCE_GRAPH_READ, opts.maxRetries + 1);
      break;
    }
    out.pages++;
    const body = (res.body ?? {}) as { data?: unknown; $skipToken?: unknown; resultTruncated?: unknown };
    if (!Array.isArray(body.data)) {
      out.failure = { kind: 'other', code: 'UnexpectedResponse', reason: `unexpected answer from ${RESOURCE_GRAPH_READ}: no data array`, message: 'no data array' };
      break;
    }
    out.rows.push(...(body.data as GraphRow[]));
    skipToken = typeof body.$skipToken === 'string' && body.$skipToken ? body.$skipToken : undefined;
    if (!skipToken && String(body.resultTruncated).toLowerCase() === 'true') {
      out.failure = { kind: 'other', code: 'ResultTruncated', reason: `${RESOURCE_GRAPH_READ} truncated the result`, message: 'resultTruncated without $skipToken' };
      break;
    }
    // A token handed back twice would page forever.
    if (skipToken !== undefined && seen.has(skipToken)) break;
    if (skipToken !== undefined) seen.add(skipToken);
  } while (skipToken !== undefined);
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The subscription an ARM id names. */
export function subscriptionOf(id: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
}

/**
 * One row as a model resource, in the shape the ARM template collector gives: ARM's own
 * properties, kind, sku and identity; undefined for a type phiguard does not model.
 */
export function resourceFromRow(row: GraphRow): AnyResource | undefined {
  const type = typeof row.type === 'string' ? azureType(row.type) : undefined;
  const id = str(row.id);
  if (!type || !id) return undefined;
  const location = str(row.location);
  const props: AzureArmProps = {
    properties: isRecord(row.properties) ? row.properties : {},
    location,
    kind: str(row.kind),
    sku: isRecord(row.sku) ? row.sku : null,
    identity: isRecord(row.identity) ? row.identity : null,
    apiVersion: null,
  };
  const tags = isRecord(row.tags)
    ? Object.fromEntries(Object.entries(row.tags).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))
    : {};
  const account = (str(row.subscriptionId) ?? subscriptionOf(id) ?? '').toLowerCase();
  return {
    provider: 'azure',
    type,
    id,
    name: str(row.name) ?? id.split('/').pop() ?? id,
    account,
    region: location ?? 'global',
    tags,
    props,
    origin: { kind: 'live', calls: [RESOURCE_GRAPH_READ] },
    refs: [...new Set([id.toLowerCase(), id])],
  } as AnyResource;
}
