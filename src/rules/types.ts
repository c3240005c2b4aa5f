import type { z } from 'zod';
import type { HipaaCitation } from '../frameworks/hipaa/tree.js';
import type { SourceKind } from '../model/origin.js';
import type { AnyResource, Resource, ResourceType } from '../model/resource.js';
import type { Known } from '../model/unknown.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export type ResultStatus = 'pass' | 'fail' | 'not_assessed';

/** What was observed: the property path and its value, as the rule saw it. */
export interface Evidence {
  path: string;
  value: unknown;
}

export interface RuleResult {
  status: ResultStatus;
  /** One sentence a person reads: what holds or what is wrong. */
  message: string;
  evidence: Evidence[];
  /** For not_assessed: why the rule could not decide. */
  reason?: string;
}

export interface Remediation {
  /** The fix in words. */
  text: string;
  cli?: string;
  terraform?: string;
  cloudformation?: string;
  /** Azure: the Bicep (or ARM) to declare. */
  bicep?: string;
  console?: string;
}

export interface RuleMeta<T extends ResourceType = ResourceType> {
  /** Kebab-case, equal to the file name, stable forever. */
  id: string;
  /** States what holds: "S3 bucket encrypts with a customer-managed KMS key". */
  title: string;
  severity: Severity;
  hipaa: readonly HipaaCitation[];
  resourceTypes: readonly T[];
  /** The sources whose data can answer this rule. */
  sources: readonly SourceKind[];
  rationale: string;
  remediation: Remediation;
  /**
   * The catalog checks this rule answers: ids of data/catalog/aws-controls.json,
   * azure-controls.json or seed-gaps.json. docs/mapping.md is generated from them, so a team
   * moving from AWS Config, cdk-nag, Prowler or Steampipe finds its checks.
   */
  covers?: readonly string[];
}

/** A list of resources the inventory holds, and whether it is known to be the whole list. */
export type Listing<T extends ResourceType> =
  | { complete: true; resources: Resource<T>[] }
  | { complete: false; resources: Resource<T>[]; reason: string };

export interface RuleContext<O = Record<string, never>> {
  options: O;
  /** Whether the resource is in PHI scope (tags or declared accounts per config). */
  isPhi(resource: AnyResource): boolean;
  /** Follows an identifier (ARN, name, alias, IaC reference) to the resource it names. */
  lookup<T extends ResourceType>(type: T, ref: Known<string | null>, from: AnyResource): Resource<T> | undefined;
  /** Resources of a type in the same account (live) or the same scan (IaC). */
  list<T extends ResourceType>(type: T, near: AnyResource): Listing<T>;
}

export interface Rule<T extends ResourceType = ResourceType, O = any> {
  meta: RuleMeta<T>;
  /** Options with defaults; validated against the config file. */
  options?: z.ZodType<O>;
  /** Returns null when the rule does not apply to this resource (e.g. not in PHI scope). */
  evaluate(resource: Resource<T>, ctx: RuleContext<O>): RuleResult | null;
}
