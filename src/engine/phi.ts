import type { Config } from '../config/schema.js';
import type { AnyResource } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';

/**
 * A resource is in PHI scope when a configured tag marks it, its account is declared, or
 * discovery found PHI in it (by any name it answers to).
 */
export function makePhiMatcher(
  config: Pick<Config, 'phiTags' | 'phiAccounts'> & Partial<Pick<Config, 'phiDiscovered'>>,
): (r: AnyResource) => boolean {
  const accounts = new Set(config.phiAccounts);
  const discovered = new Set(config.phiDiscovered ?? []);
  const tags = config.phiTags.map((t) => ({
    key: t.key.toLowerCase(),
    values: t.values ? new Set(t.values.map((v) => v.toLowerCase())) : undefined,
  }));
  return (r) => {
    if (typeof r.account === 'string' && accounts.has(r.account)) return true;
    if (discovered.size && (discovered.has(r.id) || discovered.has(r.name) || r.refs?.some((x) => discovered.has(x)))) return true;
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
