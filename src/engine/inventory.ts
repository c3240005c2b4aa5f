import { AWS_RELATIONS, type RelationSpec } from '../model/aws/relations.js';
import { sourceKindOf } from '../model/origin.js';
import type { AnyResource, Resource, ResourceType } from '../model/resource.js';
import { isUnknown, type Known } from '../model/unknown.js';
import type { Listing } from '../rules/types.js';

/**
 * What a live collector saw of one resource type in one account: complete, or not and why
 * (denied, throttled). A rule that needs "every trail in the account" only trusts a complete
 * listing; anything less makes it not_assessed rather than a guess.
 */
export interface CoverageEntry {
  provider: 'aws' | 'azure';
  account: string;
  type: ResourceType;
  complete: boolean;
  reasons: string[];
}

/** One resolved relation: `from` names `to` (bucket encrypted-by key). */
export interface Relation {
  from: AnyResource;
  to: AnyResource;
  kind: RelationSpec['kind'];
}

/**
 * The resources of one scan, with the relations rules follow resolved once: an identifier
 * index (ARNs, names, aliases, IaC references) and per-type lists.
 */
export class Inventory {
  private readonly byTypeMap = new Map<ResourceType, AnyResource[]>();
  private readonly refIndex = new Map<string, AnyResource[]>();
  private readonly coverage = new Map<string, CoverageEntry>();
  /** Listings are asked for once per resource by some rules: build each one once. */
  private readonly listings = new Map<string, Listing<ResourceType>>();
  private count = 0;

  constructor(resources: Iterable<AnyResource> = [], coverage: Iterable<CoverageEntry> = []) {
    for (const r of resources) this.add(r);
    for (const c of coverage) this.addCoverage(c);
  }

  get size(): number {
    return this.count;
  }

  add(resource: AnyResource): void {
    this.count++;
    this.listings.clear();
    let list = this.byTypeMap.get(resource.type);
    if (!list) this.byTypeMap.set(resource.type, (list = []));
    list.push(resource);
    const names = new Set<string>([resource.id, ...(resource.refs ?? [])]);
    for (const name of names) {
      let hits = this.refIndex.get(name);
      if (!hits) this.refIndex.set(name, (hits = []));
      hits.push(resource);
    }
  }

  addCoverage(entry: CoverageEntry): void {
    this.listings.clear();
    const key = `${entry.provider}|${entry.account}|${entry.type}`;
    const prev = this.coverage.get(key);
    if (!prev) {
      this.coverage.set(key, { ...entry, reasons: [...entry.reasons] });
    } else {
      prev.complete = prev.complete && entry.complete;
      prev.reasons.push(...entry.reasons);
    }
  }

  /** Every relation the model declares, resolved through the identifier index. */
  relations(specs: readonly RelationSpec[] = AWS_RELATIONS): Relation[] {
    const out: Relation[] = [];
    for (const spec of specs) {
      for (const from of this.ofType(spec.from) as unknown as AnyResource[]) {
        for (const ref of spec.refs(from.props as never)) {
          const to = this.lookup(spec.to, ref, from) as unknown as AnyResource | undefined;
          if (to && to !== from) out.push({ from, to, kind: spec.kind });
        }
      }
    }
    return out;
  }

  coverageEntries(): CoverageEntry[] {
    return [...this.coverage.values()];
  }

  *all(): Iterable<AnyResource> {
    for (const list of this.byTypeMap.values()) yield* list;
  }

  ofType<T extends ResourceType>(type: T): Resource<T>[] {
    return (this.byTypeMap.get(type) ?? []) as unknown as Resource<T>[];
  }

  lookup<T extends ResourceType>(type: T, ref: Known<string | null>, from: AnyResource): Resource<T> | undefined {
    if (ref === null || isUnknown(ref)) return undefined;
    const hits = (this.refIndex.get(ref) ?? []).filter((r) => r.type === type) as unknown as Resource<T>[];
    if (hits.length <= 1) return hits[0];
    // Short names (alias/x, a key id) repeat across accounts and regions: prefer the neighbour.
    return (
      hits.find((r) => r.account === from.account && r.region === from.region) ??
      hits.find((r) => r.account === from.account) ??
      hits[0]
    );
  }

  list<T extends ResourceType>(type: T, near: AnyResource): Listing<T> {
    const live = sourceKindOf(near.origin) === 'live';
    const key = `${type}|${live ? `live|${isUnknown(near.account) ? '?' : near.account}` : 'iac'}`;
    let listing = this.listings.get(key);
    if (!listing) this.listings.set(key, (listing = this.buildListing(type, near) as Listing<ResourceType>));
    return listing as unknown as Listing<T>;
  }

  private buildListing<T extends ResourceType>(type: T, near: AnyResource): Listing<T> {
    const kind = sourceKindOf(near.origin);
    const all = this.ofType(type);
    if (kind !== 'live') {
      const resources = all.filter((r) => sourceKindOf(r.origin) !== 'live');
      return {
        complete: false,
        resources,
        reason: `infrastructure as code describes only the ${type} resources in the scanned files`,
      };
    }
    const account = near.account;
    if (isUnknown(account)) return { complete: false, resources: [], reason: 'the account is unknown' };
    const resources = all.filter((r) => r.account === account);
    const cov = this.coverage.get(`${near.provider}|${account}|${type}`);
    if (!cov) return { complete: false, resources, reason: `${type} was not collected for account ${account}` };
    if (!cov.complete) {
      return { complete: false, resources, reason: cov.reasons.join('; ') || `${type} listing incomplete` };
    }
    return { complete: true, resources };
  }
}
