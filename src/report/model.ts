import type { AccountCollection } from '../engine/collection.js';
import type { CoverageEntry } from '../engine/inventory.js';
import type { Finding } from '../engine/finding.js';
import type { SuppressionState } from '../engine/suppress.js';
import type { HipaaNodeResult, HipaaSectionResult } from '../frameworks/hipaa/rollup.js';
import type { Remediation, Severity } from '../rules/types.js';
import type { InputProblem } from '../util/errors.js';

/**
 * The one report object every reporter reads (terminal, JSON, SARIF, and later HTML, PDF,
 * CSV…). Versioned: a change that removes or retypes a field bumps the major version.
 * Documented field by field in docs/report-schema.md.
 */
export const REPORT_SCHEMA_VERSION = '1.2.0';

export interface ReportRule {
  id: string;
  title: string;
  severity: Severity;
  hipaa: string[];
  rationale: string;
  remediation: Remediation;
}

/** A resource in the PHI data-flow graph. `key` is unique within the report. */
export interface GraphNode {
  key: string;
  provider: 'aws' | 'azure';
  type: string;
  id: string;
  name: string;
  phi: boolean;
  file?: string;
  line?: number;
}

/** `from` names `to`: bucket encrypted-by key, trail delivers-to bucket, trail streams-to log group, trail records bucket (S3 data events). */
export interface GraphEdge {
  from: string;
  to: string;
  kind: string;
}

export interface ScanScope {
  kind: 'aws' | 'azure' | 'iac' | 'inventory';
  accounts: string[];
  regions: string[];
  paths: string[];
  /** The identity that ran a live scan (caller ARN), when known. */
  identity?: string;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'phiguard'; version: string; rules: number };
  scan: {
    startedAt: string;
    finishedAt: string;
    scope: ScanScope;
    failOn: Severity | 'none';
    phiOnly: boolean;
  };
  summary: {
    resources: number;
    phiResources: number;
    results: { pass: number; fail: number; not_assessed: number; suppressed: number };
    /** Unsuppressed failures by severity. */
    failures: Record<Severity, number>;
    /** Whether the run fails the `failOn` threshold (exit code 1). */
    failed: boolean;
  };
  hipaa: { sections: HipaaSectionResult[]; nodes: HipaaNodeResult[] };
  /** Every result, pass included, in a stable order: severity, rule, resource. */
  findings: Finding[];
  /** Metadata of every rule that produced a result: title, rationale and the fix. */
  rules: Record<string, ReportRule>;
  /** Inputs that could not be read or calls that did not succeed; never silently dropped. */
  problems: InputProblem[];
  /** What live collection saw of each resource type per account. */
  coverage: CoverageEntry[];
  /** Exceptions in force and expired ones, with how many results each matched. */
  suppressions: SuppressionState[];
  /**
   * The resources in PHI scope and everything one relation away from them (keys, log
   * destinations, trails), for the data-flow picture. Added in 1.1.0.
   */
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  /**
   * Live scans (and inventories of them): per account, the regions scanned and skipped,
   * and per service the calls made, the resources found in each region, and every listing
   * that is incomplete with why. Added in 1.2.0.
   */
  collection?: AccountCollection[];
}
