import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { InputError } from '../../util/errors.js';
import { type OnCall, timed } from '../calls.js';
import type { ListedObject, OpenedObject, StoreLabels, StoreReader } from '../types.js';

/** Directories that hold tooling, not data. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.phiguard']);

/** A local file or directory tree as a store: keys are paths relative to the root. */
export class LocalStore implements StoreReader {
  readonly provider = 'local' as const;
  readonly uri: string;
  readonly id: string;
  private isFile = false;

  constructor(
    path: string,
    private readonly onCall?: OnCall,
  ) {
    this.uri = resolve(path);
    this.id = this.uri;
  }

  /** Throws InputError when the path does not exist: a usage error, exit 2. */
  async check(): Promise<void> {
    try {
      this.isFile = (await stat(this.uri)).isFile();
    } catch {
      throw new InputError(`${this.uri}: no such file or directory`);
    }
  }

  async list(limit: number): Promise<{ objects: ListedObject[]; truncated: boolean; requests: number }> {
    await this.check();
    if (this.isFile) {
      const st = await stat(this.uri);
      return { objects: [{ key: this.uri.slice(this.uri.lastIndexOf(sep) + 1), size: st.size }], truncated: false, requests: 0 };
    }
    const objects: ListedObject[] = [];
    // Depth-first with sorted entries: a stable order makes the even sample reproducible.
    const walk = async (dir: string): Promise<boolean> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return true; // unreadable directory: nothing to list there
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = join(dir, e.name);
        if (e.isDirectory()) {
          if (SKIP_DIRS.has(e.name)) continue;
          if (!(await walk(full))) return false;
        } else if (e.isFile()) {
          let size = 0;
          try {
            size = (await stat(full)).size;
          } catch {
            continue;
          }
          objects.push({ key: relative(this.uri, full).split(sep).join('/'), size });
          if (objects.length >= limit) return false;
        }
      }
      return true;
    };
    const complete = await walk(this.uri);
    return { objects, truncated: !complete, requests: 0 };
  }

  async open(obj: ListedObject, maxBytes: number): Promise<OpenedObject> {
    const path = this.isFile ? this.uri : join(this.uri, ...obj.key.split('/'));
    const body = await timed(this.onCall, { provider: 'local', operation: 'read', store: this.id, key: obj.key }, async () => {
      const s = createReadStream(path, { start: 0, end: Math.max(0, maxBytes - 1) });
      // Surface open errors (EACCES) here, as a failed read, not mid-stream.
      await new Promise<void>((ok, fail) => {
        s.once('open', () => ok());
        s.once('error', fail);
      });
      return s;
    });
    return { body };
  }

  /** Local paths carry no tags; only the config's phi.locations declares them. */
  async labels(): Promise<StoreLabels> {
    return { tags: {} };
  }
}
