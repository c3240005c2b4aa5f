import picomatch from 'picomatch';
import type { Config } from '../config/schema.js';
import { makePhiMatcher } from '../engine/phi.js';
import type { AnyResource } from '../model/resource.js';
import { unknown } from '../model/unknown.js';
import type { Declaration, StoreLabels } from './types.js';

/** What discovery reads of the config: the PHI tags, and `phi.locations` globs when the lead adds them. */
export type PhiConfig = Pick<Config, 'phiTags' | 'phiAccounts'> & { phiLocations?: string[] };

/**
 * Decides whether a store is declared as holding PHI, with the same tag matcher `scan` uses
 * so a bucket is "declared" for discovery exactly when it is in PHI scope for the rules.
 */
export function makeDeclarer(config: PhiConfig): (uri: string, labels: StoreLabels) => Declaration {
  const matcher = makePhiMatcher(config);
  const locations = (config.phiLocations ?? []).map((glob) => ({ glob, match: picomatch(glob, { dot: true }) }));
  // makePhiMatcher judges a resource by its tags (and account); a store is judged through a
  // minimal stand-in with only those fields set, the rest being irrelevant to the matcher.
  const tagged = (tags: Record<string, string>): boolean =>
    matcher({ tags, account: unknown('not known to discovery') } as unknown as AnyResource);
  return (uri, labels) => {
    // A store declared by a glob on its prefix, or a parent of it (s3://bucket/** covers s3://bucket/x).
    const loc = locations.find((l) => l.match(uri) || l.match(`${uri.replace(/\/$/, '')}/`));
    if (loc) return { declared: true, basis: `phi.locations "${loc.glob}"` };
    if ('unknown' in labels) return { declared: 'unknown', basis: labels.unknown };
    const hit = Object.entries(labels.tags).find(([k, v]) => tagged({ [k]: v }));
    if (hit) return { declared: true, basis: `tag ${hit[0]}=${hit[1]}` };
    if (labels.partial) return { declared: 'unknown', basis: `no PHI tag in the metadata read; ${labels.partial}` };
    return { declared: false, basis: 'no PHI tag (phi.tags) and not in phi.locations' };
  };
}
