import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../util/errors.js';
import type { EntityType } from './detect/types.js';
import type { DiscoveryReport, StoreProvider } from './types.js';

export const DEFAULT_STATE_FILE = '.phiguard/discovered-phi.json';

/** A store discovery found PHI in. Entity types and counts only — never a value. */
export interface DiscoveredStore {
  uri: string;
  provider: StoreProvider;
  /** Bucket name for S3, `account/container` for Azure, the absolute path for local. */
  id: string;
  arn?: string;
  entities: Partial<Record<EntityType, number>>;
  /** When PHI was last found there (ISO 8601). */
  lastSeen: string;
}

export interface DiscoveredState {
  version: 1;
  updatedAt: string;
  stores: DiscoveredStore[];
}

function isStore(v: unknown): v is DiscoveredStore {
  const s = v as DiscoveredStore;
  return (
    typeof s === 'object' && s !== null &&
    typeof s.uri === 'string' && typeof s.id === 'string' && typeof s.lastSeen === 'string' &&
    (s.provider === 'aws' || s.provider === 'azure' || s.provider === 'local') &&
    typeof s.entities === 'object' && s.entities !== null
  );
}

/**
 * The stores earlier discovery runs found PHI in, for `scan` to put in PHI scope. A missing
 * file is an empty list; a malformed one is an InputError naming the file.
 */
export function readDiscoveredStores(path: string = DEFAULT_STATE_FILE): DiscoveredStore[] {
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path}: cannot read discovery state (${(e as NodeJS.ErrnoException).code ?? 'invalid JSON'})`);
  }
  const st = raw as Partial<DiscoveredState>;
  if (st?.version !== 1 || !Array.isArray(st.stores)) throw new InputError(`${path}: not a phiguard discovery state file (version 1)`);
  const bad = st.stores.findIndex((s) => !isStore(s));
  if (bad >= 0) throw new InputError(`${path}: stores[${bad}] is malformed`);
  return st.stores;
}

/**
 * Merges this run into the state: stores with PHI are added or refreshed (entities replaced
 * by the newest counts). Stores where this sample found nothing are kept as they were — a
 * sample that missed PHI does not prove the PHI is gone.
 */
export function mergeState(existing: DiscoveredStore[], report: DiscoveryReport, now = new Date()): DiscoveredState {
  const byUri = new Map(existing.map((s) => [s.uri, s]));
  for (const s of report.stores) {
    if (!Object.keys(s.entities).length) continue;
    byUri.set(s.uri, {
      uri: s.uri,
      provider: s.provider,
      id: s.id,
      ...(s.arn ? { arn: s.arn } : {}),
      entities: { ...s.entities },
      lastSeen: now.toISOString(),
    });
  }
  const stores = [...byUri.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return { version: 1, updatedAt: now.toISOString(), stores };
}

/** Writes atomically (temp file + rename) so a crash never leaves half a state file. */
export function writeState(path: string, state: DiscoveredState): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(tmp, path);
  } catch (e) {
    throw new InputError(`--state ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
