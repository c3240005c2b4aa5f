import type { BackupSelection, BackupTagCondition } from '../model/aws/ops.js';
import { sourceKindOf } from '../model/origin.js';
import type { AnyResource, Resource, ResourceType } from '../model/resource.js';
import { isUnknown, type Known, unknown } from '../model/unknown.js';
import type { Listing } from '../rules/types.js';
import { allTri, anyTri, notTri, patternCovers, patternsOverlap, type Tri, wildcardMatch } from './iam-policy.js';

/**
 * Which AWS Backup selections assign a resource to a plan, the way AWS Backup reads them:
 * (Resources OR ListOfTags) AND every Conditions entry AND NOT NotResources. A selection
 * with neither Resources nor ListOfTags assigns every supported resource its Conditions
 * allow.
 */

/** The ARN shape of each data store AWS Backup protects, for IaC resources whose ARN is not known yet. */
const ARN_SHAPE: Partial<Record<ResourceType, (name: string) => string>> = {
  'AWS::DynamoDB::Table': (n) => `arn:*:dynamodb:*:*:table/${n}`,
  'AWS::EC2::Volume': (n) => `arn:*:ec2:*:*:volume/${n}`,
  'AWS::EC2::Instance': (n) => `arn:*:ec2:*:*:instance/${n}`,
  'AWS::EFS::FileSystem': (n) => `arn:*:elasticfilesystem:*:*:file-system/${n}`,
  'AWS::FSx::FileSystem': (n) => `arn:*:fsx:*:*:file-system/${n}`,
  'AWS::RDS::DBCluster': (n) => `arn:*:rds:*:*:cluster:${n}`,
  'AWS::RDS::DBInstance': (n) => `arn:*:rds:*:*:db:${n}`,
};

/** Does one Resources / NotResources pattern name the resource? */
function patternNames(pattern: string, target: AnyResource): Tri {
  const names = [target.id, ...(target.refs ?? [])];
  if (names.some((n) => wildcardMatch(pattern, n))) return true;
  const shape = ARN_SHAPE[target.type];
  if (sourceKindOf(target.origin) === 'live' || !shape || !(pattern === '*' || pattern.startsWith('arn:'))) return false;
  // A template resource gets its ARN at deploy: an ARN pattern covering every resource of
  // its kind (`table/*`) names it; one that might name it, by an id not known yet, is unknown.
  const arn = shape('*');
  if (patternCovers(pattern, arn)) return true;
  if (patternsOverlap(pattern, arn)) return unknown(`whether ${pattern} names ${target.name} depends on identifiers assigned at deploy`);
  return false;
}

function anyPattern(patterns: Known<Known<string>[]>, target: AnyResource): Tri {
  if (isUnknown(patterns)) return patterns;
  return anyTri(patterns.map((p) => (isUnknown(p) ? p : patternNames(p, target))));
}

function tagMatches(c: BackupTagCondition, tags: Record<string, string>): Tri {
  if (isUnknown(c.key)) return c.key;
  if (isUnknown(c.value)) return c.value;
  const v = Object.hasOwn(tags, c.key) ? tags[c.key] : undefined;
  switch (c.op) {
    case 'StringEquals':
      return v === c.value;
    case 'StringNotEquals':
      return v !== c.value;
    case 'StringLike':
      return v !== undefined && wildcardMatch(c.value, v);
    case 'StringNotLike':
      return v === undefined || !wildcardMatch(c.value, v);
  }
}

/** Whether the selection assigns `target` to its plan. */
export function selectionCovers(sel: BackupSelection, target: AnyResource): Tri {
  const { resources, listOfTags, conditions, notResources } = sel;
  if (isUnknown(resources)) return resources;
  if (isUnknown(listOfTags)) return listOfTags;
  if (isUnknown(conditions)) return conditions;
  const tags = target.tags;
  const byTags = (list: BackupTagCondition[], all: boolean): Tri => {
    if (list.length === 0) return all;
    if (isUnknown(tags)) return tags;
    const each = list.map((c) => tagMatches(c, tags));
    return all ? allTri(each) : anyTri(each);
  };
  const included =
    resources.length === 0 && listOfTags.length === 0 ? true : anyTri([anyPattern(resources, target), byTags(listOfTags, false)]);
  return allTri([included, byTags(conditions, true), notTri(anyPattern(notResources, target))]);
}

export interface PlanCoverage {
  /** The plans whose selections assign the resource. */
  plans: string[];
  /** Set when no plan is known to cover it and one might. */
  open?: string;
}

/** The backup plans (of a listing) that assign `target`. */
export function plansCovering(plans: Listing<'AWS::Backup::BackupPlan'>, target: AnyResource): PlanCoverage {
  const out: PlanCoverage = { plans: [] };
  for (const plan of plans.resources) {
    const sels = plan.props.selections;
    const covers = isUnknown(sels) ? sels : anyTri(sels.map((s) => selectionCovers(s, target)));
    if (covers === true) out.plans.push(plan.name);
    else if (isUnknown(covers)) out.open ??= `plan ${plan.name}: ${covers.$unknown}`;
  }
  return out;
}

/** Whether AWS Backup lists the resource as protected (it holds a recovery point of it), in its region. */
export function isProtected(listing: Listing<'AWS::Backup::ProtectedResources'>, target: AnyResource): Tri {
  const names = new Set([target.id, ...(target.refs ?? [])]);
  let open: Tri = false;
  for (const r of listing.resources as Resource<'AWS::Backup::ProtectedResources'>[]) {
    if (r.region !== target.region) continue;
    const arns = r.props.resourceArns;
    if (isUnknown(arns)) open = arns;
    else if (arns.some((a) => names.has(a))) return true;
  }
  return open;
}
