import type { AnyResource } from '../model/resource.js';
import { isUnknown, type Known, unknown } from '../model/unknown.js';
import type { RuleContext } from '../rules/types.js';

/**
 * Where a load balancer's certificate comes from: ACM (renewed and rotated by AWS, its key
 * never leaves AWS) or an IAM server certificate (uploaded key material someone has to
 * renew by hand). An IaC reference counts as ACM when it leads to a declared ACM certificate.
 */
export function certificateSource(ref: Known<string>, from: AnyResource, ctx: Pick<RuleContext, 'lookup'>): Known<'acm' | 'iam'> {
  if (isUnknown(ref)) return ref;
  if (/^arn:aws[a-z-]*:acm:/.test(ref)) return 'acm';
  if (/^arn:aws[a-z-]*:iam::[^:]*:server-certificate\//.test(ref)) return 'iam';
  if (ctx.lookup('AWS::CertificateManager::Certificate', ref, from)) return 'acm';
  return unknown(`${ref} does not name an ACM certificate or IAM server certificate phiguard can identify`);
}

/** The certificates of a list that are not from ACM, or the first unknown among them. */
export function nonAcm(refs: readonly Known<string>[], from: AnyResource, ctx: Pick<RuleContext, 'lookup'>): Known<string[]> {
  const out: string[] = [];
  for (const ref of refs) {
    const source = certificateSource(ref, from, ctx);
    if (isUnknown(source)) return source;
    if (source === 'iam') out.push(ref as string);
  }
  return out;
}
