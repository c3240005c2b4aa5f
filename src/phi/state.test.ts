import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../util/errors.js';
import { mergeState, readDiscoveredStores, writeState } from './state.js';
import type { DiscoveryReport, StoreResult } from './types.js';

const store = (uri: string, entities: StoreResult['entities']): StoreResult =>
  ({ uri, provider: 'aws', id: uri.slice(5), arn: `arn:aws:s3:::${uri.slice(5)}`, entities }) as StoreResult;

describe('discovery state', () => {
  it('merges: adds and refreshes stores with PHI, keeps ones this sample found clean', () => {
    const old = [
      { uri: 's3://a', provider: 'aws' as const, id: 'a', entities: { ssn: 1 }, lastSeen: '2026-01-01T00:00:00.000Z' },
      { uri: 's3://b', provider: 'aws' as const, id: 'b', entities: { npi: 2 }, lastSeen: '2026-01-01T00:00:00.000Z' },
    ];
    const report = { stores: [store('s3://a', {}), store('s3://b', { ssn: 5 }), store('s3://c', { email: 1 })] } as unknown as DiscoveryReport;
    const now = new Date('2026-02-01T00:00:00Z');
    const st = mergeState(old, report, now);
    expect(st.stores.map((s) => [s.uri, s.entities, s.lastSeen])).toEqual([
      ['s3://a', { ssn: 1 }, '2026-01-01T00:00:00.000Z'],
      ['s3://b', { ssn: 5 }, now.toISOString()],
      ['s3://c', { email: 1 }, now.toISOString()],
    ]);
  });

  it('round-trips, reads a missing file as empty and refuses a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const path = join(dir, 'nested/state.json');
    expect(readDiscoveredStores(path)).toEqual([]);
    writeState(path, mergeState([], { stores: [store('s3://x', { ssn: 1 })] } as unknown as DiscoveryReport));
    expect(readDiscoveredStores(path)).toMatchObject([{ uri: 's3://x', id: 'x', arn: 'arn:aws:s3:::x', entities: { ssn: 1 } }]);
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(1);
    writeFileSync(path, '{"version":2,"stores":[]}');
    expect(() => readDiscoveredStores(path)).toThrow(InputError);
    writeFileSync(path, 'nope');
    expect(() => readDiscoveredStores(path)).toThrow(/cannot read discovery state/);
  });
});
