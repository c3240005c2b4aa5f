import type { Config } from '../config/schema.js';
import type { AnyResource } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';

/** A resource is in PHI scope when a configured tag marks it, or its account is declared. */
export function makePhiMatcher(config: Pick<Config, 'phiTags' | 'phiAccounts'>): (r: AnyResource) => boolean {
  const accounts = new Set(config.phiAccounts);
  const tags = config.phiTags.map((t) => ({
    key: t.key.toLowerCase(),
    values: t.values ? new Set(t.values.map((v) => v.toLowerCase())) : undefined,
  }));
  return (r) => {
    if (typeof r.account === 'string' && accounts.has(r.account)) return true;
    if (isUnknown(r.tags)) return false;
    for (const [k, v] of Object.entries(r.tags)) {
      const key = k.toLowerCase();
      for (const t of tags) {
        if (t.key === key && (!t.values || t.values.has(String(v).toLowerCase()))) return true;
      }
    }
    return false;
  };
}
