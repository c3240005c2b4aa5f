import type { PolicyDocument, PolicyStatement } from '../model/aws/policy.js';
import { isUnknown, type Known } from '../model/unknown.js';
import {
  allTri,
  anyTri,
  appliesToEveryone,
  conditionEntries,
  hasEffect,
  isRestricted,
  isRestrictingCondition,
  notTri,
  type Tri,
} from './iam-policy.js';

/** The keys that tie a service principal's grant to one source resource or account. */
const SOURCE_KEYS = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths']);

/** Does the statement name a service principal (`s3.amazonaws.com`)? */
function namesService(st: PolicyStatement): Tri {
  const p = st.principal;
  if (p === undefined || p === '*') return false;
  if (isUnknown(p)) return p;
  return (p.Service ?? []).length > 0;
}

function sourceRestricted(st: PolicyStatement): Tri {
  return anyTri(conditionEntries(st).filter((c) => SOURCE_KEYS.has(c.key)).map(isRestrictingCondition));
}

/**
 * Does an Allow statement of a function's policy let anyone invoke or read it? Everyone
 * (`*`) without a condition pinning the caller down; or a service principal with no
 * aws:SourceArn / aws:SourceAccount, which lets that service act for any account's
 * resource (an S3 bucket or EventBridge rule of a stranger: the confused deputy).
 */
export function lambdaStatementPublic(st: PolicyStatement): Tri {
  const everyone = allTri([appliesToEveryone(st, 'Allow'), notTri(isRestricted(st))]);
  const anyService = allTri([namesService(st), notTri(sourceRestricted(st))]);
  return allTri([hasEffect(st, 'Allow'), anyTri([everyone, anyService])]);
}

/** The statements of a policy that are public, the first unknown, or none. */
export function publicStatements(policy: PolicyDocument): { public: PolicyStatement[]; unknown?: Known<boolean> } {
  const out: PolicyStatement[] = [];
  let open: Known<boolean> | undefined;
  for (const st of policy.statements) {
    const v = lambdaStatementPublic(st);
    if (v === true) out.push(st);
    else if (isUnknown(v)) open ??= v;
  }
  return open === undefined ? { public: out } : { public: out, unknown: open };
}
