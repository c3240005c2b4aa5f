import type { AzureArmProps, AzureResourceType } from '../../../../model/azure/index.js';
import { isIacRef } from '../../../../model/refs.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, bool, literalName, str, strings, tags } from './attrs.js';
import { RefIndex, tokenOf } from './common.js';

/**
 * The azurerm adapters map Terraform arguments onto ARM's shape (`properties`, `location`,
 * `kind`, `sku`, `identity`), so the Azure rules read a Terraform resource exactly as they
 * read the ARM template that would declare it. Absent arguments take the azurerm provider's
 * documented default (v3 and v4 agree on every default used here unless a note says otherwise).
 */

/** Where the configuration reads a location from a resource group of the same module. */
export type Locations = RefIndex<Known<string>>;

/** `azurerm_resource_group`s, read only for their location, which resources copy from them. */
export const RESOURCE_GROUP_TYPES = ['azurerm_resource_group'];

/** ARM's canonical spelling of a region: `West Europe` → `westeurope`. */
const region = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

export function resourceGroupLocations(groups: Declared[]): Locations {
  const index: Locations = new RefIndex();
  for (const g of groups) {
    const loc = g.unknownReason ? unknown(g.unknownReason) : str(g.attrs.location, null, 'location');
    const value: Known<string> = loc === null ? unknown('the resource group has no location') : isUnknown(loc) ? loc : isIacRef(loc) ? unknown('location is read from another resource') : region(loc);
    index.add([tokenOf(g), ...(literalName(g.attrs.name) ? [literalName(g.attrs.name)!] : [])], value);
  }
  return index;
}

/** A resource's `location`, following `azurerm_resource_group.x.location` to the group's literal. */
export function locationOf(d: Declared, locations?: Locations): Known<string | null> {
  if (d.unknownReason) return unknown(d.unknownReason);
  const loc = str(d.attrs.location, null, 'location');
  if (loc === null || isUnknown(loc)) return loc;
  if (isIacRef(loc)) return locations?.get(loc) ?? unknown('location is read from a resource phiguard does not model');
  return region(loc);
}

/** The ARM `identity` an `identity` block stands for; null when there is none. */
export function identityOf(a: Attrs): Known<Record<string, unknown> | null> {
  const b = block(a.identity, 'identity');
  if (b === undefined) return null;
  if (isUnknown(b)) return b;
  const type = str(b.type, null, 'identity.type');
  if (type === null) return unknown('identity.type is not set');
  if (isUnknown(type)) return type;
  // ARM spells the combination "SystemAssigned,UserAssigned"; azurerm "SystemAssigned, UserAssigned".
  const out: Record<string, unknown> = { type: type.replace(/\s*,\s*/g, ',') };
  const ids = strings(b.identity_ids, 'identity.identity_ids');
  if (ids !== undefined) out.userAssignedIdentities = isUnknown(ids) ? ids : Object.fromEntries(ids.filter((x): x is string => typeof x === 'string').map((x) => [x, {}]));
  return out;
}

/** `true` → `Enabled`, `false` → `Disabled`, as ARM's `publicNetworkAccess` and `state` are spelled. */
export function enabled(v: unknown, dflt: boolean, what: string): Known<string> {
  const b = bool(v, dflt, what);
  return isUnknown(b) ? b : b ? 'Enabled' : 'Disabled';
}

/** The first argument that is set, of a renamed pair (v4 name first, then the v3 one). */
export function either(a: Attrs, ...names: string[]): unknown {
  for (const n of names) if (a[n] !== undefined && a[n] !== null) return a[n];
  return undefined;
}

/** The parts of an Azure resource every azurerm adapter fills the same way. */
export function azureResourceOf<T extends AzureResourceType>(
  d: Declared,
  type: T,
  props: AzureArmProps,
  opts: { id?: string; name?: string; refs?: string[]; origin?: Declared['origin'] } = {},
): Resource<T> {
  const refs = new Set<string>([...(opts.id ? [] : [tokenOf(d)]), ...(opts.refs ?? []), ...(d.extraRefs ?? [])]);
  const loc = props.location;
  return {
    provider: 'azure',
    type,
    id: opts.id ?? d.id,
    name: opts.name ?? literalName(d.attrs.name) ?? d.address,
    account: unknown('the subscription is chosen by the provider configuration'),
    region: isUnknown(loc) ? loc : (loc ?? unknown('the resource has no location')),
    tags: d.unknownReason ? unknown(d.unknownReason) : tags(d.attrs),
    props: props as Resource<T>['props'],
    origin: opts.origin ?? d.origin,
    refs: [...refs],
  };
}

/** Props for a resource whose instances could not be determined: everything unknown. */
export function unknownProps(reason: string): AzureArmProps {
  const u = unknown(reason);
  return { properties: u, location: u, kind: u, sku: u, identity: u, apiVersion: null };
}

/** ARM props from the parts an adapter settled; `apiVersion` is not a Terraform notion. */
export function armProps(
  d: Declared,
  locations: Locations | undefined,
  properties: Record<string, unknown>,
  more: { kind?: Known<string | null>; sku?: Known<Record<string, unknown> | null>; identity?: Known<Record<string, unknown> | null> } = {},
): AzureArmProps {
  if (d.unknownReason) return unknownProps(d.unknownReason);
  return {
    properties,
    location: locationOf(d, locations),
    kind: more.kind ?? null,
    sku: more.sku ?? null,
    identity: more.identity ?? identityOf(d.attrs),
    apiVersion: null,
  };
}

/** Resources joined onto a parent by an argument that names it (`storage_account_id = azurerm_storage_account.x.id`). */
export function joinedBy(children: Declared[], parents: Declared[], ...args: string[]): Map<Declared, Declared[]> {
  const index = new RefIndex<Declared>();
  for (const p of parents) index.add([tokenOf(p), ...(literalName(p.attrs.name) ? [literalName(p.attrs.name)!] : []), ...(p.extraRefs ?? [])], p);
  const out = new Map<Declared, Declared[]>();
  for (const c of children) {
    let parent: Declared | undefined;
    for (const arg of args) parent ??= index.get(c.attrs[arg]);
    if (!parent) continue;
    let list = out.get(parent);
    if (!list) out.set(parent, (list = []));
    list.push(c);
  }
  return out;
}
