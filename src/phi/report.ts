import { terminalLine } from '../report/escape.js';
import { formatBytes, formatUsd } from './cost.js';
import type { Plan } from './discover.js';
import type { DiscoveryFinding, DiscoveryReport, StoreResult } from './types.js';

/** The HIPAA sections an undeclared PHI location falls short of: risk analysis and access control. */
export const UNEXPECTED_PHI_CITATIONS = ['164.308(a)(1)(ii)(A)', '164.312(a)(1)'];

const HOW_TO_DECLARE: Record<StoreResult['provider'], string> = {
  aws: 'Tag the bucket with a PHI tag (config phi.tags) so scans judge it as holding PHI',
  azure: 'Mark the container (metadata) or the storage account (tags) as holding PHI',
  local: 'Declare the path in the config (phi.locations)',
};

function entityList(entities: StoreResult['entities']): string {
  return Object.entries(entities)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t, n]) => `${t} (${n})`)
    .join(', ');
}

/**
 * One finding per store where PHI was found. Undeclared → critical: nobody put this store in
 * PHI scope, so none of its safeguards were judged as PHI safeguards. Declared → info. A
 * declaration we could not read is high: not a pass, not proof of a gap either.
 */
export function buildFindings(stores: StoreResult[]): DiscoveryFinding[] {
  const out: DiscoveryFinding[] = [];
  for (const s of stores) {
    const withPhi = s.objects.filter((o) => o.entities.length > 0).length;
    if (!withPhi) continue;
    const what = `${withPhi} of ${s.objectsScanned} scanned objects hold ${entityList(s.entities)}`;
    const d = s.declaration;
    if (d.declared === true) {
      out.push({
        id: `phi-where-expected:${s.uri}`,
        severity: 'info',
        title: 'PHI where expected',
        store: s.uri,
        hipaa: [],
        message: `${what}; the store is declared as holding PHI (${d.basis}).`,
      });
    } else if (d.declared === false) {
      out.push({
        id: `phi-unexpected-location:${s.uri}`,
        severity: 'critical',
        title: 'PHI in an unexpected location',
        store: s.uri,
        hipaa: UNEXPECTED_PHI_CITATIONS,
        message: `${what}; the store is not tagged or declared as holding PHI (${d.basis}). ${HOW_TO_DECLARE[s.provider]}, or move the data.`,
      });
    } else {
      out.push({
        id: `phi-undetermined-declaration:${s.uri}`,
        severity: 'high',
        title: 'PHI in a location whose PHI declaration could not be read',
        store: s.uri,
        hipaa: UNEXPECTED_PHI_CITATIONS,
        message: `${what}; whether the store is declared as holding PHI is unknown (${d.basis}).`,
      });
    }
  }
  return out;
}

export function summarize(stores: StoreResult[], findings: DiscoveryFinding[]): DiscoveryReport['summary'] {
  const sum = (f: (s: StoreResult) => number) => stores.reduce((n, s) => n + f(s), 0);
  return {
    stores: stores.length,
    storesWithPhi: stores.filter((s) => Object.keys(s.entities).length > 0).length,
    objectsScanned: sum((s) => s.objectsScanned),
    objectsSkipped: sum((s) => s.objectsSkipped),
    objectsNotAssessed: sum((s) => s.objectsNotAssessed),
    bytesScanned: sum((s) => s.bytesScanned),
    critical: findings.filter((f) => f.severity === 'critical').length,
    high: findings.filter((f) => f.severity === 'high').length,
    info: findings.filter((f) => f.severity === 'info').length,
  };
}

/** The estimate, printed on stderr before anything is read. */
export function renderPlan(plan: Plan): string {
  const lines = ['phiguard discover: plan (nothing has been read yet)'];
  for (const s of plan.stores) {
    lines.push(
      s.listingError
        ? `  ${terminalLine(s.uri)}: ${terminalLine(s.listingError)}`
        : `  ${terminalLine(s.uri)}: ${s.listed} objects listed, ${s.sampled} sampled, up to ${formatBytes(s.plannedBytes)} to read`,
    );
  }
  for (const e of plan.estimate) {
    if (e.provider === 'local') continue;
    lines.push(
      `  estimated cost (${e.provider}): ${formatUsd(e.usd)} — ${e.listRequests} LIST + ${e.getRequests} GET requests, ${formatBytes(e.bytes)} transferred`,
      `    assuming ${e.assumptions}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderJson(report: DiscoveryReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const MARK = { critical: 'CRITICAL', high: 'HIGH', info: 'info' } as const;

/** Terminal summary. Every cloud string is escaped; no matched value exists here to print. */
export function renderTerminal(report: DiscoveryReport, opts: { verboseObjects?: boolean } = {}): string {
  const out: string[] = [];
  for (const s of report.stores) {
    const decl = s.declaration.declared === true ? 'declared PHI' : s.declaration.declared === false ? 'not declared' : 'declaration unknown';
    out.push(`${terminalLine(s.uri)}  [${decl}: ${terminalLine(s.declaration.basis)}]`);
    if (s.listing.error) {
      out.push(`  not assessed: ${terminalLine(s.listing.error)}`);
      continue;
    }
    out.push(
      `  ${s.objectsScanned} scanned, ${s.objectsSkipped} skipped, ${s.objectsNotAssessed} not assessed of ${s.listing.objects} listed${s.listing.truncated ? ' (listing capped)' : ''}; ${formatBytes(s.bytesScanned)} scanned`,
    );
    if (Object.keys(s.entities).length) out.push(`  entities: ${entityList(s.entities)}`);
    for (const o of s.objects) {
      const show = o.entities.length || o.status !== 'scanned' || opts.verboseObjects;
      if (!show) continue;
      const ents = o.entities.map((e) => `${e.type}×${e.count} (${e.confidence.toFixed(2)})`).join(', ');
      const state = o.status === 'scanned' ? ents || 'no entities' : `${o.status.replace('_', ' ')}: ${terminalLine(o.reason ?? '')}`;
      out.push(`    ${terminalLine(o.key)}  ${formatBytes(o.bytesScanned)}  ${state}`);
      if (o.maskedPreview) {
        for (const [t, tokens] of Object.entries(o.maskedPreview)) out.push(`      ${t}: ${tokens.slice(0, 10).join(' ')}${tokens.length > 10 ? ' …' : ''}`);
      }
    }
  }
  if (report.findings.length) out.push('');
  for (const f of report.findings) {
    out.push(`${MARK[f.severity]}  ${f.title}: ${terminalLine(f.store)}${f.hipaa.length ? `  [HIPAA ${f.hipaa.join(', ')}]` : ''}`);
    out.push(`  ${terminalLine(f.message)}`);
  }
  const s = report.summary;
  out.push(
    '',
    `${s.stores} stores, ${s.storesWithPhi} with PHI; ${s.objectsScanned} objects scanned, ${s.objectsSkipped} skipped, ${s.objectsNotAssessed} not assessed; ${s.critical} critical, ${s.high} high, ${s.info} info`,
  );
  return `${out.join('\n')}\n`;
}
