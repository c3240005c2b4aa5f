import { iacRef } from '../../../../model/refs.js';
import type { PropsByType, Resource, ResourceType } from '../../../../model/resource.js';
import { unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { tags } from './attrs.js';

/** The parts of a resource every adapter fills the same way. */
export function resourceOf<T extends ResourceType>(
  d: Declared,
  type: T,
  props: PropsByType[T],
  opts: { name?: string; refs?: string[] } = {},
): Resource<T> {
  const refs = new Set<string>([tokenOf(d), ...(opts.refs ?? []), ...(d.extraRefs ?? [])]);
  return {
    provider: 'aws',
    type,
    id: d.id,
    name: opts.name ?? d.address,
    account: unknown('Terraform configuration does not state the account'),
    region: unknown('Terraform configuration does not state the region'),
    tags: d.unknownReason ? unknown(d.unknownReason) : tags(d.attrs),
    props,
    origin: d.origin,
    refs: [...refs],
  };
}

export function tokenOf(d: Declared): string {
  return iacRef(d.scope, d.localAddress);
}

/**
 * Index of the names each resource answers to (its token, literal names, a plan's known
 * ARN), for joining the resources that point at it by any of them.
 */
export class RefIndex<T> {
  private readonly map = new Map<string, T>();

  add(names: Iterable<string>, target: T): void {
    for (const n of names) if (!this.map.has(n)) this.map.set(n, target);
  }

  get(name: unknown): T | undefined {
    return typeof name === 'string' ? this.map.get(name) : undefined;
  }
}
