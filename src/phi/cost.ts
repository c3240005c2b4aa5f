import type { CostEstimate, StoreProvider } from './types.js';

/**
 * Public list prices (USD), the figures an estimate is built from. They are stated in every
 * estimate so a reader can redo the sum for their own region and contract.
 */
export const PRICES = {
  aws: {
    // S3 Standard, us-east-1: GET $0.0004 per 1,000; LIST $0.005 per 1,000; internet egress
    // $0.09/GB (first 10 TB); transfer to a compute host in the bucket's region is free.
    getPer1000: 0.0004,
    listPer1000: 0.005,
    egressPerGb: 0.09,
    assumptions:
      'S3 Standard list prices: GET $0.0004/1,000, LIST $0.005/1,000, transfer $0.09/GB out of AWS ($0 when run in the bucket\'s region); other storage classes (Glacier, IA retrieval fees) cost more',
  },
  azure: {
    // Blob Storage hot tier, LRS: read $0.0044 per 10,000; list $0.055 per 10,000; internet
    // egress about $0.087/GB; free within the region.
    getPer1000: 0.00044,
    listPer1000: 0.0055,
    egressPerGb: 0.087,
    assumptions:
      'Azure Blob hot tier LRS list prices: read $0.0044/10,000, list $0.055/10,000, egress about $0.087/GB out of Azure ($0 in-region); cool/cold/archive tiers add retrieval fees',
  },
  local: { getPer1000: 0, listPer1000: 0, egressPerGb: 0, assumptions: 'local files: no charge' },
} as const;

const GB = 1024 ** 3;

/**
 * Worst case for what discovery will spend: every listed page and every planned read, all
 * bytes transferred out of the cloud. Listing has already happened when this is printed; it
 * is included because the user pays for it too.
 */
export function estimateCost(provider: StoreProvider, listRequests: number, getRequests: number, bytes: number): CostEstimate {
  const p = PRICES[provider];
  const usd = (listRequests / 1000) * p.listPer1000 + (getRequests / 1000) * p.getPer1000 + (bytes / GB) * p.egressPerGb;
  return { provider, listRequests, getRequests, bytes, usd, assumptions: p.assumptions };
}

/** Sums estimates per provider. */
export function combineEstimates(list: CostEstimate[]): CostEstimate[] {
  const by = new Map<StoreProvider, CostEstimate>();
  for (const e of list) {
    const prev = by.get(e.provider);
    if (!prev) by.set(e.provider, { ...e });
    else {
      prev.listRequests += e.listRequests;
      prev.getRequests += e.getRequests;
      prev.bytes += e.bytes;
      prev.usd += e.usd;
    }
  }
  return [...by.values()];
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

export function formatUsd(usd: number): string {
  return usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

/** Parses `100MB`, `1 MiB`, `512k`, `2048` (bytes). Binary units: discovery budgets are not billing figures. */
export function parseSize(v: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(v);
  if (!m) return undefined;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  const n = Math.floor(Number(m[1]) * mult);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
