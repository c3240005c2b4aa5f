import { isUnknown, type Known, unknown } from '../unknown.js';
import type { PolicyDocument, PolicyStatement, Principal } from './policy.js';

/** One `AWS::Lambda::Permission` / `aws_lambda_permission`, as its arguments read. */
export interface LambdaPermission {
  sid: string;
  action: Known<string>;
  principal: Known<string>;
  sourceArn: Known<string | null>;
  sourceAccount: Known<string | null>;
  principalOrgId: Known<string | null>;
  functionUrlAuthType: Known<string | null>;
  /** False-free: unknown when the permission exists only under an undecidable condition. */
  exists: Known<boolean>;
}

function principalOf(p: Known<string>): Known<Principal> {
  if (isUnknown(p)) return p;
  if (p === '*') return '*';
  // Service principals are DNS names: s3.amazonaws.com, events.amazonaws.com.cn.
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(p) || /\.amazon\.com$/.test(p)) return { Service: [p] };
  return { AWS: [p] };
}

/**
 * The statement Lambda's AddPermission writes into the function's policy for one
 * permission, with the same condition keys (aws:SourceArn as ArnLike, aws:SourceAccount,
 * aws:PrincipalOrgID, lambda:FunctionUrlAuthType), so templates and live policies are
 * judged alike.
 */
export function lambdaPermissionStatement(p: LambdaPermission): PolicyStatement {
  const condition: Record<string, Record<string, Known<string>[]>> = {};
  const add = (op: string, key: string, v: Known<string | null>) => {
    if (v === null) return;
    (condition[op] ??= {})[key] = [v];
  };
  add('ArnLike', 'aws:sourcearn', p.sourceArn);
  add('StringEquals', 'aws:sourceaccount', p.sourceAccount);
  add('StringEquals', 'aws:principalorgid', p.principalOrgId);
  add('StringEquals', 'lambda:functionurlauthtype', p.functionUrlAuthType);
  const st: PolicyStatement = {
    sid: p.sid,
    // A permission that may not exist is a statement whose effect cannot be told.
    effect: isUnknown(p.exists) ? unknown(`permission ${p.sid} exists only under a condition that cannot be decided: ${p.exists.$unknown}`) : 'Allow',
    principal: principalOf(p.principal),
    action: [p.action],
  };
  if (Object.keys(condition).length > 0) st.condition = condition;
  return st;
}

/** Adds a statement to a function's policy, starting one if it has none. */
export function withStatement(policy: Known<PolicyDocument | null>, st: PolicyStatement): Known<PolicyDocument | null> {
  if (isUnknown(policy)) return policy;
  return { version: policy?.version ?? '2012-10-17', statements: [...(policy?.statements ?? []), st] };
}
