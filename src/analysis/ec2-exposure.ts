import type { NaclEntry, SgRule } from '../model/aws/ec2-network.js';
import { isUnknown, type Known, type Unknown } from '../model/unknown.js';

/** The CIDRs that mean "anyone on the internet". */
const WORLD = new Set(['0.0.0.0/0', '::/0']);

export function isWorldCidr(cidr: string): boolean {
  return WORLD.has(cidr.trim());
}

/** A rule or ACL entry as "protocol, ports": what both shapes share. */
type PortRange = Pick<SgRule, 'protocol' | 'fromPort' | 'toPort'>;

/**
 * Whether a rule reaches `port` over one of `protocols`. Protocol `-1` reaches every port of
 * every protocol; a port-less range (null) reaches every port of its protocol.
 */
export function reachesPort(r: PortRange, port: number, protocols: readonly string[] = ['tcp']): Known<boolean> {
  if (isUnknown(r.protocol)) return r.protocol;
  if (r.protocol === '-1') return true;
  if (!protocols.includes(r.protocol)) return false;
  if (isUnknown(r.fromPort)) return r.fromPort;
  if (isUnknown(r.toPort)) return r.toPort;
  if (r.fromPort === null || r.toPort === null) return true;
  return r.fromPort <= port && port <= r.toPort;
}

/**
 * Whether a rule reaches any port outside `allowed`: a TCP/UDP range with one port not in
 * the list, or a protocol other than TCP, UDP and ICMP (which has no service ports).
 */
export function reachesBeyond(r: PortRange, allowed: readonly number[]): Known<boolean> {
  if (isUnknown(r.protocol)) return r.protocol;
  if (r.protocol === 'icmp' || r.protocol === 'icmpv6') return false;
  if (r.protocol !== 'tcp' && r.protocol !== 'udp') return true;
  if (isUnknown(r.fromPort)) return r.fromPort;
  if (isUnknown(r.toPort)) return r.toPort;
  if (r.fromPort === null || r.toPort === null) return true;
  const ok = new Set(allowed);
  for (let p = r.fromPort; p <= r.toPort; p++) if (!ok.has(p)) return true;
  return false;
}

/** Whether a security group rule's peer is the whole internet. */
export function fromWorld(r: SgRule): Known<boolean> {
  const peer = r.peer;
  if (isUnknown(peer)) return peer;
  if (peer.kind !== 'ipv4' && peer.kind !== 'ipv6') return false;
  if (isUnknown(peer.cidr)) return peer.cidr;
  return isWorldCidr(peer.cidr);
}

/** The rules that match, and the first unknown met where a rule could not be judged. */
export interface Matches<T> {
  hits: T[];
  unknown: Unknown | undefined;
}

/**
 * Every rule of a list for which all `tests` hold. A rule whose tests cannot be decided is
 * remembered as unknown, so a caller that found no hit still cannot call the list clean.
 */
export function matching<T>(list: Known<Known<T>[]>, ...tests: ((r: T) => Known<boolean>)[]): Matches<T> {
  if (isUnknown(list)) return { hits: [], unknown: list };
  const out: Matches<T> = { hits: [], unknown: undefined };
  for (const r of list) {
    if (isUnknown(r)) {
      out.unknown ??= r;
      continue;
    }
    let verdict: Known<boolean> = true;
    for (const test of tests) {
      const v = test(r);
      // A test that is false settles it even when another is unknown.
      if (v === false) {
        verdict = false;
        break;
      }
      if (isUnknown(v)) verdict = v;
    }
    if (verdict === true) out.hits.push(r);
    else if (isUnknown(verdict)) out.unknown ??= verdict;
  }
  return out;
}

/** A rule in words for evidence and messages: `tcp 22 from 0.0.0.0/0`. */
export function describeRule(r: SgRule): string {
  return `${protocolText(r)} ${peerText(r.peer)}`;
}

function protocolText(r: PortRange): string {
  const proto = isUnknown(r.protocol) ? '?' : r.protocol;
  if (proto === '-1') return 'all traffic';
  const port = (v: Known<number | null>) => (isUnknown(v) ? '?' : v === null ? 'all' : String(v));
  const from = port(r.fromPort);
  const to = port(r.toPort);
  return `${proto} ${from === to ? from : `${from}-${to}`}`;
}

function peerText(peer: SgRule['peer']): string {
  if (isUnknown(peer)) return 'from an unknown peer';
  const v = 'cidr' in peer ? peer.cidr : peer.id;
  return `from ${isUnknown(v) ? '?' : v}`;
}

/** An ACL entry in words: `#100 allow all traffic from 0.0.0.0/0`. */
export function describeEntry(e: NaclEntry): string {
  const n = isUnknown(e.ruleNumber) ? '?' : e.ruleNumber;
  const action = isUnknown(e.action) ? '?' : e.action;
  return `#${n} ${action} ${protocolText(e)} ${isUnknown(e.cidr) ? 'from ?' : `from ${e.cidr}`}`;
}

/** IANA protocol numbers the APIs and templates use interchangeably with names. */
const PROTOCOL_NAMES: Readonly<Record<string, string>> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };

/** `6` → `tcp`, `all` → `-1`, `TCP` → `tcp`: one spelling for every source. */
export function normalizeProtocol(p: string): string {
  const lower = p.trim().toLowerCase();
  return PROTOCOL_NAMES[lower] ?? lower;
}

/**
 * Ports as the protocol gives them meaning: every port for `-1` and for protocols without
 * ports; `-1` in a port field (ICMP "all types", or sloppy TCP) means every port too.
 */
export function portsOf(protocol: Known<string>, from: Known<number | null>, to: Known<number | null>): Pick<SgRule, 'fromPort' | 'toPort'> {
  if (protocol === '-1') return { fromPort: null, toPort: null };
  if (typeof protocol === 'string' && !['tcp', 'udp', 'icmp', 'icmpv6'].includes(protocol)) return { fromPort: null, toPort: null };
  const settle = (v: Known<number | null>): Known<number | null> => (v === -1 ? null : v);
  const fromPort = settle(from);
  const toPort = settle(to);
  // A range with one end open is open at both.
  if (fromPort === null || toPort === null) return { fromPort: null, toPort: null };
  return { fromPort, toPort };
}

/**
 * What a route's GatewayId is: `local`, an internet gateway (`igw-`), a gateway endpoint
 * (`vpce-`), a virtual private gateway (`vgw-`), or for a template reference `gateway`,
 * which rules settle by looking the reference up among internet gateways.
 */
export function gatewayKind(id: string): string {
  if (id === 'local') return 'local';
  if (id.startsWith('igw-')) return 'igw';
  if (id.startsWith('vpce-')) return 'vpce';
  if (id.startsWith('vgw-')) return 'vgw';
  if (id.startsWith('ref:')) return 'gateway';
  return 'other';
}
