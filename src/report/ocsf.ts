import type { Finding } from '../engine/finding.js';
import { isUnknown } from '../model/unknown.js';
import type { ResultStatus, Severity } from '../rules/types.js';
import type { Report } from './model.js';

/**
 * The OCSF schema version these events follow. 1.1.0 is the oldest release whose Compliance
 * Finding carries everything used here (finding_info, compliance.requirements, resources),
 * so the events load into the widest range of consumers (Security Lake, SIEM mappers).
 */
export const OCSF_VERSION = '1.1.0';

const CLASS_UID = 2003; // Findings category (2) × 1000 + Compliance Finding (3)
const CATEGORY_UID = 2;
const ACTIVITY_CREATE = 1;

const SEVERITY: Record<Severity, { id: number; name: string }> = {
  critical: { id: 5, name: 'Critical' },
  high: { id: 4, name: 'High' },
  medium: { id: 3, name: 'Medium' },
  low: { id: 2, name: 'Low' },
  info: { id: 1, name: 'Informational' },
};

/** The compliance object's own status: Warning is "no result due to missing information". */
const COMPLIANCE_STATUS: Record<ResultStatus, { id: number; name: string }> = {
  pass: { id: 1, name: 'Pass' },
  not_assessed: { id: 2, name: 'Warning' },
  fail: { id: 3, name: 'Fail' },
};

const PROVIDER: Record<Finding['resource']['provider'], string> = { aws: 'AWS', azure: 'Azure' };

export interface OcsfOptions {
  /** Also emit passing results (compliance status Pass); by default only what needs action. */
  includePass?: boolean;
}

/** `arn:aws-us-gov:…` names its partition; IaC ids and Azure ids do not. */
function partition(id: string): string | undefined {
  const m = /^arn:([^:]+):/.exec(id);
  return m ? m[1] : undefined;
}

function event(f: Finding, report: Report, time: number): Record<string, unknown> {
  const r = f.resource;
  const rule = report.rules[f.ruleId];
  const account = isUnknown(r.account) ? undefined : r.account;
  const region = isUnknown(r.region) ? undefined : r.region;
  const tags = isUnknown(r.tags) ? undefined : r.tags;
  const cs = COMPLIANCE_STATUS[f.status];
  const sev = SEVERITY[f.severity];
  // Finding lifecycle: an accepted exception is Suppressed; every other result of this scan is New.
  const lifecycle = f.suppressed ? { id: 3, name: 'Suppressed' } : { id: 1, name: 'New' };
  const part = partition(r.id);
  const unknowns = Object.fromEntries(
    (['account', 'region', 'tags'] as const).flatMap((k) => (isUnknown(r[k]) ? [[k, r[k].$unknown]] : [])),
  );
  return {
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    category_uid: CATEGORY_UID,
    category_name: 'Findings',
    class_uid: CLASS_UID,
    class_name: 'Compliance Finding',
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: 'Compliance Finding: Create',
    severity_id: sev.id,
    severity: sev.name,
    status_id: lifecycle.id,
    status: lifecycle.name,
    time,
    message: f.message,
    metadata: {
      version: OCSF_VERSION,
      profiles: ['cloud'],
      product: {
        name: 'phiguard',
        vendor_name: 'phiguard',
        version: report.tool.version,
      },
    },
    finding_info: {
      uid: f.id,
      title: f.title,
      desc: f.message,
      types: ['HIPAA Security Rule'],
    },
    compliance: {
      standards: ['HIPAA Security Rule'],
      requirements: [...f.hipaa],
      control: f.ruleId,
      status_id: cs.id,
      status: cs.name,
      ...(f.reason ? { status_detail: f.reason } : {}),
    },
    resources: [
      {
        uid: r.id,
        name: r.name,
        type: r.type,
        ...(part ? { cloud_partition: part } : {}),
        ...(region ? { region } : {}),
        ...(tags ? { labels: Object.entries(tags).map(([k, v]) => `${k}=${v}`) } : {}),
        data: {
          provider: r.provider,
          ...(tags ? { tags } : {}),
          ...(r.location ? { location: r.location } : {}),
          ...(r.calls ? { calls: r.calls } : {}),
        },
      },
    ],
    cloud: {
      provider: PROVIDER[r.provider],
      ...(account ? { account: { uid: account } } : {}),
      ...(region ? { region } : {}),
    },
    ...(rule ? { remediation: { desc: rule.remediation.text } } : {}),
    // What OCSF 1.1.0 has no attribute for: PHI scope, the evidence, the exception record,
    // and why an account or region is not known.
    unmapped: {
      phi: f.phi,
      rule_severity: f.severity,
      evidence: f.evidence.map((e) => ({ path: e.path, value: e.value })),
      ...(f.suppressed ? { suppression: f.suppressed } : {}),
      ...(Object.keys(unknowns).length ? { unknown: unknowns } : {}),
    },
  };
}

/**
 * OCSF Compliance Finding events (class 2003) as a JSON array: one per failing or
 * not-assessed result, and per pass too with `includePass`.
 */
export function renderOcsf(report: Report, opts: OcsfOptions = {}): string {
  const time = Date.parse(report.scan.finishedAt);
  const events = report.findings
    .filter((f) => opts.includePass || f.status !== 'pass')
    .map((f) => event(f, report, time));
  return `${JSON.stringify(events, null, 2)}\n`;
}
