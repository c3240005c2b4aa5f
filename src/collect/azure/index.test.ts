import { describe, expect, it } from 'vitest';
import { Inventory } from '../../engine/inventory.js';
import type { AnyResource } from '../../model/resource.js';
import purgeProtection from '../../rules/azure/keyvault/azure-keyvault-purge-protection.js';
import storageTls from '../../rules/azure/storage/azure-storage-account-min-tls12.js';
import { InputError } from '../../util/errors.js';
import { collectAzure } from './index.js';
import { RESOURCE_GRAPH_TYPES } from './permissions.js';
import { resourcesQuery } from './resource-graph.js';
import { fakeCredential, ReplayClient } from './test-support/replay.js';

const A = '11111111-1111-1111-1111-111111111111';
const B = '22222222-2222-2222-2222-222222222222';
const C = '33333333-3333-3333-3333-333333333333';
const ST = `/subscriptions/${A}/resourceGroups/phi-rg/providers/Microsoft.Storage/storageAccounts/phistore`;
const KV = `/subscriptions/${A}/resourceGroups/phi-rg/providers/Microsoft.KeyVault/vaults/phi-kv`;
const graphCalls = (replay: ReplayClient) => replay.seen.filter((s) => s.url.includes('Microsoft.ResourceGraph'));
const ctx = {} as never;

describe('collectAzure through recorded responses', () => {
  it('pages, splits a refused batch per subscription, records an empty subscription complete', async () => {
    const replay = ReplayClient.fromFile('tenant.json');
    const out = await collectAzure({ credential: fakeCredential, httpClient: replay, maxRetries: 1 });
    expect(replay.unmatched).toEqual([]);
    expect(replay.remaining).toBe(0);
    // Every subscription the identity sees, the disabled one said and skipped.
    expect(out.scope.subscriptions).toEqual([A, B, C]);
    expect(out.problems.find((p) => p.source === 'azure:44444444-4444-4444-4444-444444444444')?.message).toMatch(/Disabled: not scanned/);
    // The real pipeline signed every call with the credential's token.
    expect(replay.seen.every((s) => s.authorization === 'Bearer recorded-test-token')).toBe(true);

    // Two pages of A: the unmodelled row is left out.
    const graph = graphCalls(replay);
    const subsOf = (g: (typeof graph)[number]) => (g.body as { subscriptions: string[] }).subscriptions.join(',');
    expect(graph.map(subsOf).sort()).toEqual([[A, B, C].join(','), A, A, B, C].sort());
    expect(subsOf(graph[0]!)).toBe([A, B, C].join(','));
    const [firstPage, secondPage] = graph.filter((g) => subsOf(g) === A).map((g) => g.body as { query: string; options: Record<string, unknown> });
    expect(firstPage!.options).toEqual({ $top: 1000, resultFormat: 'objectArray' });
    expect(secondPage!.options.$skipToken).toMatch(/^ew0K/);
    expect(firstPage!.query).toBe(resourcesQuery(RESOURCE_GRAPH_TYPES));
    expect(firstPage!.query).toContain("tolower(type) in ('microsoft.storage/storageaccounts', 'microsoft.keyvault/vaults'");

    const graphResources = out.resources.filter((r) => r.type !== 'Microsoft.Insights/diagnosticSettings');
    expect(graphResources.map((r) => r.type).sort()).toEqual([
      'Microsoft.KeyVault/vaults',
      'Microsoft.Sql/servers',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.Web/sites',
    ]);
    const storage = out.resources.find((r) => r.id === ST)!;
    expect(storage).toEqual({
      provider: 'azure',
      type: 'Microsoft.Storage/storageAccounts',
      id: ST,
      name: 'phistore',
      account: A,
      region: 'eastus',
      tags: { phi: 'true', owner: 'data-team' },
      props: {
        properties: expect.objectContaining({ minimumTlsVersion: 'TLS1_0', allowBlobPublicAccess: true }),
        location: 'eastus',
        kind: 'StorageV2',
        sku: { name: 'Standard_GRS', tier: 'Standard' },
        identity: null,
        apiVersion: null,
      },
      origin: { kind: 'live', calls: ['Microsoft.ResourceGraph/resources/read'] },
      refs: [ST.toLowerCase(), ST],
    });
    const vault = out.resources.find((r) => r.id === KV)!;
    expect(vault.props).toMatchObject({ kind: null, sku: null });
    const sql = out.resources.find((r) => r.type === 'Microsoft.Sql/servers')!;
    expect(sql.tags).toEqual({});
    expect(sql.props).toMatchObject({ identity: { type: 'SystemAssigned' }, kind: 'v12.0' });

    // Diagnostic settings from ARM, pointing at their resource.
    const diag = out.resources.filter((r) => r.type === 'Microsoft.Insights/diagnosticSettings');
    expect(diag).toHaveLength(1);
    expect(diag[0]).toMatchObject({
      name: 'to-law',
      account: A,
      region: 'eastus',
      origin: { kind: 'live', calls: ['Microsoft.Insights/diagnosticSettings/read'] },
      props: { properties: { resourceId: ST, workspaceId: expect.stringContaining('phi-law'), metrics: [expect.objectContaining({ category: 'Transaction' })] } },
    });

    // Coverage: A and C complete, B refused with the reason; the other subscriptions went on.
    const cov = (sub: string, type: string) => out.coverage.find((c) => c.account === sub && c.type === type);
    expect(cov(A, 'Microsoft.Storage/storageAccounts')).toEqual({ provider: 'azure', account: A, type: 'Microsoft.Storage/storageAccounts', complete: true, reasons: [] });
    expect(cov(C, 'Microsoft.KeyVault/vaults')?.complete).toBe(true);
    expect(cov(B, 'Microsoft.KeyVault/vaults')).toMatchObject({ complete: false, reasons: ['AuthorizationFailed on Microsoft.ResourceGraph/resources/read'] });
    expect(cov(A, 'Microsoft.Insights/diagnosticSettings')?.complete).toBe(true);
    expect(cov(B, 'Microsoft.Insights/diagnosticSettings')).toMatchObject({ complete: false, reasons: [expect.stringMatching(/AuthorizationFailed/)] });
    expect(out.coverage.filter((c) => c.type === 'Microsoft.Storage/storageAccounts/blobServices')).toEqual([]);
    expect(out.problems).toContainEqual({ source: `azure:${B}:resourcegraph`, message: expect.stringMatching(/^AuthorizationFailed on Microsoft\.ResourceGraph\/resources\/read: The client/) });

    // The inventory trusts A's listing, not B's.
    const inv = new Inventory(out.resources, out.coverage);
    expect(inv.list('Microsoft.KeyVault/vaults', vault)).toMatchObject({ complete: true });
    const inB = { ...vault, account: B } as AnyResource;
    expect(inv.list('Microsoft.KeyVault/vaults', inB)).toMatchObject({ complete: false, reason: expect.stringMatching(/AuthorizationFailed/) });

    // Rules written for ARM templates judge the live resources the same way.
    expect(storageTls.evaluate(storage as never, ctx)).toMatchObject({ status: 'fail' });
    expect(purgeProtection.evaluate(vault as never, ctx)).toMatchObject({ status: 'pass' });
  });

  it('waits out a 429 Retry-After and goes on', async () => {
    const replay = ReplayClient.fromFile('throttled-then-ok.json');
    const started = Date.now();
    const out = await collectAzure({ credential: fakeCredential, httpClient: replay, subscriptions: [A.toUpperCase()] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // Retry-After: 1
    expect(replay.unmatched).toEqual([]);
    expect(graphCalls(replay)).toHaveLength(2);
    expect(out.scope.subscriptions).toEqual([A]);
    expect(out.problems).toEqual([]);
    expect(out.coverage.every((c) => c.complete)).toBe(true);
    expect(out.resources.map((r) => r.id)).toEqual([KV]);
  });

  it('gives up on a 429 after the bounded retries: incomplete, never a complete empty list', async () => {
    const replay = ReplayClient.fromFile('throttled-exhausted.json');
    const out = await collectAzure({ credential: fakeCredential, httpClient: replay, subscriptions: [A], maxRetries: 2 });
    expect(graphCalls(replay)).toHaveLength(3);
    expect(replay.remaining).toBe(0);
    expect(out.resources).toEqual([]);
    const vaults = out.coverage.find((c) => c.type === 'Microsoft.KeyVault/vaults');
    expect(vaults).toMatchObject({ account: A, complete: false, reasons: ['throttled: Microsoft.ResourceGraph/resources/read gave up after 3 attempts'] });
    expect(out.coverage.find((c) => c.type === 'Microsoft.Insights/diagnosticSettings')?.complete).toBe(false);
    expect(out.problems).toEqual([{ source: `azure:${A}:resourcegraph`, message: expect.stringMatching(/^throttled: .*RateLimiting|^throttled: /) }]);
  });

  it('does not wait out a Retry-After longer than a minute', async () => {
    const throttled = { status: 429, headers: { 'Retry-After': '3600' }, body: { error: { code: 'RateLimiting', message: 'throttled' } } };
    const replay = new ReplayClient([{ method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources', response: throttled }]);
    const started = Date.now();
    const out = await collectAzure({ credential: fakeCredential, httpClient: replay, subscriptions: [A] });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(out.coverage.every((c) => !c.complete)).toBe(true);
  });

  it('takes Resource Graph quota headers for a missing Retry-After', async () => {
    const throttled = { status: 429, headers: { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': '00:00:00' }, body: { error: { code: 'RateLimiting', message: 'throttled' } } };
    const ok = { status: 200, body: { totalRecords: 0, count: 0, data: [], facets: [], resultTruncated: 'false' } };
    const replay = new ReplayClient([
      { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources', response: throttled },
      { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources', response: ok },
    ]);
    const out = await collectAzure({ credential: fakeCredential, httpClient: replay, subscriptions: [A] });
    expect(replay.remaining).toBe(0);
    expect(out.coverage.every((c) => c.complete)).toBe(true);
  });

  it('refuses subscription ids that are not GUIDs, and unusable credentials, as usage errors', async () => {
    await expect(collectAzure({ credential: fakeCredential, httpClient: new ReplayClient([]), subscriptions: ['prod'] })).rejects.toThrow(InputError);
    const noLogin = {
      getToken: async () => {
        throw Object.assign(new Error('DefaultAzureCredential failed to retrieve a token'), { name: 'CredentialUnavailableError' });
      },
    };
    await expect(collectAzure({ credential: noLogin, httpClient: new ReplayClient([]) })).rejects.toThrow(/no usable Azure credentials/);
    await expect(collectAzure({ credential: noLogin, httpClient: new ReplayClient([]), subscriptions: [A] })).rejects.toThrow(/no usable Azure credentials/);
  });
});
