import type { PolicyDocument, PolicyStatement } from '../model/aws/policy.js';
import type { Resource } from '../model/resource.js';
import { isUnknown, type Known } from '../model/unknown.js';
import { ev, fail, notAssessed, pass } from '../rules/result.js';
import type { Evidence, RuleResult } from '../rules/types.js';
import type { Tri } from './iam-policy.js';

/** The resources whose own policy documents the policy-content rules judge. */
export type PolicyHolder =
  | Resource<'AWS::IAM::ManagedPolicy'>
  | Resource<'AWS::IAM::User'>
  | Resource<'AWS::IAM::Group'>
  | Resource<'AWS::IAM::Role'>;

interface LabelledDocument {
  label: string;
  path: string;
  document: Known<PolicyDocument | null>;
}

/**
 * The documents a policy-content rule judges on this resource: a customer managed policy's
 * own document, or a principal's inline policies (attached managed policies are judged as
 * resources of their own). Null for AWS managed policies, which the account cannot change.
 */
export function ownDocuments(r: PolicyHolder): Known<LabelledDocument[]> | null {
  if (r.type === 'AWS::IAM::ManagedPolicy') {
    if (r.props.awsManaged) return null;
    return [{ label: 'the policy', path: 'document', document: r.props.document }];
  }
  const inline = r.props.inlinePolicies;
  if (isUnknown(inline)) return inline;
  return inline.map((p, i) => ({
    label: `inline policy "${isUnknown(p.name) ? i + 1 : p.name}"`,
    path: `inlinePolicies[${i}].document`,
    document: p.document,
  }));
}

/**
 * Judges every statement of the resource's own documents with `offends`, which answers
 * what is wrong with one statement (a string), nothing (false) or unknown. Fails on the
 * first offence found anywhere, else is not assessed if anything was unknown.
 */
export function judgeStatements(
  r: Resource<PolicyHolder['type']>,
  offends: (st: PolicyStatement) => string | false | Exclude<Tri, boolean>,
  clean: string,
): RuleResult | null {
  const docs = ownDocuments(r as PolicyHolder);
  if (docs === null) return null;
  if (isUnknown(docs)) return notAssessed(`inline policies are unknown: ${docs.$unknown}`, ev('inlinePolicies', docs));
  const open: Evidence[] = [];
  for (const d of docs) {
    if (isUnknown(d.document)) {
      open.push(ev(d.path, d.document));
      continue;
    }
    for (const [i, st] of (d.document?.statements ?? []).entries()) {
      const what = offends(st);
      if (typeof what === 'string') {
        const where = `${d.label}, statement ${st.sid ? `"${st.sid}"` : i + 1}`;
        return fail(`${where[0]!.toUpperCase()}${where.slice(1)} ${what}.`, ev(`${d.path}.statements[${i}]`, st));
      }
      if (what !== false) open.push(ev(`${d.path}.statements[${i}]`, what));
    }
  }
  if (open.length > 0) {
    const u = open[0]!.value as { $unknown: string };
    return notAssessed(`${open[0]!.path} is unknown: ${u.$unknown}`, ...open);
  }
  if (docs.length === 0) return pass('The principal has no inline policies.', ev('inlinePolicies', []));
  return pass(clean, ...docs.map((d) => ev(d.path, d.document)));
}
