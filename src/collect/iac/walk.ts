import { type Dirent, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { InputProblem } from '../../util/errors.js';
import { IAC_LIMITS } from './limits.js';

// CDK's cdk.out keeps bundled function code and Docker contexts in asset.* directories:
// never templates, sometimes large.
export const DEFAULT_IGNORES = ['**/.git/**', '**/node_modules/**', '**/.terraform/**', '**/.terragrunt-cache/**', '**/cdk.out/asset.*/**'];

const IAC_EXTENSIONS = ['.tf', '.tfvars', '.json', '.yaml', '.yml', '.template', '.bicep'];

export interface WalkOptions {
  ignore?: string[];
  maxFileBytes?: number;
}

export interface FoundFile {
  /** Path for display and ids: as the user gave it, joined with forward slashes. */
  path: string;
  text: string;
}

export interface WalkResult {
  files: FoundFile[];
  problems: InputProblem[];
  /** Paths that do not exist: a usage error, reported and the rest scanned. */
  missing: string[];
}

const slash = (p: string) => p.split(sep).join('/');

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8192).includes(0);
}

/**
 * Finds the IaC files under the given paths. Recurses directories, skipping ignored globs;
 * follows symlinks but never visits a directory twice (loops end); skips binary and
 * oversized files with a problem, so nothing is dropped silently.
 */
export function walkIac(paths: string[], opts: WalkOptions = {}): WalkResult {
  const ignore = picomatch([...DEFAULT_IGNORES, ...(opts.ignore ?? [])], { dot: true });
  const maxBytes = opts.maxFileBytes ?? IAC_LIMITS.maxFileBytes;
  const out: WalkResult = { files: [], problems: [], missing: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const readFile = (path: string, explicit: boolean) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      out.problems.push({ source: slash(path), message: 'broken symbolic link' });
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    const size = statSync(real).size;
    if (size > maxBytes) {
      out.problems.push({
        source: slash(path),
        message: `skipped: ${(size / 1048576).toFixed(1)} MB exceeds the ${(maxBytes / 1048576).toFixed(0)} MB limit`,
      });
      return;
    }
    const buf = readFileSync(real);
    if (isBinary(buf)) {
      // A binary file with an IaC extension is a mistake worth telling; other binaries are noise.
      if (explicit || IAC_EXTENSIONS.some((e) => path.endsWith(e))) {
        out.problems.push({ source: slash(path), message: 'skipped: binary file' });
      }
      return;
    }
    out.files.push({ path: slash(path), text: buf.toString('utf8') });
  };

  const walkDir = (dir: string, root: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.problems.push({ source: slash(dir), message: `cannot read directory (${(e as NodeJS.ErrnoException).code})` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = join(dir, e.name);
      const rel = slash(relative(root, p)) || e.name;
      if (ignore(rel) || ignore(`${rel}/`) || ignore(slash(p))) continue;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          out.problems.push({ source: slash(p), message: 'broken symbolic link' });
          continue;
        }
      }
      if (isDir) walkDir(p, root);
      else if (isFile && IAC_EXTENSIONS.some((x) => e.name.endsWith(x))) readFile(p, false);
    }
  };

  for (const p of paths) {
    let st;
    try {
      st = lstatSync(p);
    } catch {
      out.missing.push(p);
      continue;
    }
    if (st.isDirectory() || (st.isSymbolicLink() && statSync(p).isDirectory())) walkDir(p, p);
    else readFile(p, true);
  }
  return out;
}
