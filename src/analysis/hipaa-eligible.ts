import { readFileSync } from 'node:fs';

/**
 * AWS's list of HIPAA-eligible services (the services the AWS BAA covers), shipped as dated
 * data in data/hipaa-eligible-services.json with each entry's IAM service prefixes and
 * CloudFormation namespaces. A resource is judged by its ARN's service part (live ARNs use
 * the IAM prefix) or its CloudFormation type's namespace (templates).
 */

interface ListFile {
  aws: { asOf: string; services: string[] };
  awsServicePrefixes: Record<string, { iam: string[]; cloudformation: string[] }>;
}

export type Eligibility =
  /** On the list; `services` are the list's entries, with their qualifiers (`[engines only]`). */
  | { status: 'eligible'; services: string[] }
  /** Not on the list: PHI there is outside the BAA. */
  | { status: 'not_listed' }
  /** Holds identities and policies, not customer content: the BAA question does not arise. */
  | { status: 'no_content'; reason: string }
  /** The list cannot say: a service it names without a prefix, or not an AWS service. */
  | { status: 'unmapped'; reason: string };

interface Index {
  asOf: string;
  byPrefix: Map<string, string[]>;
  byNamespace: Map<string, string[]>;
}

// Resources of these services describe who may do what; no customer data is stored in
// them, so a PHI tag on a role marks scope rather than content.
const NO_CONTENT: Record<string, string> = {
  iam: 'IAM roles, users and policies hold identities and permissions, not customer data',
  organizations: 'AWS Organizations holds account structure and policies, not customer data',
};
const NO_CONTENT_NS: Record<string, string> = { 'AWS::IAM': NO_CONTENT.iam!, 'AWS::Organizations': NO_CONTENT.organizations! };

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  const file = JSON.parse(
    readFileSync(new URL('../../data/hipaa-eligible-services.json', import.meta.url), 'utf8'),
  ) as ListFile;
  const byPrefix = new Map<string, string[]>();
  const byNamespace = new Map<string, string[]>();
  const put = (m: Map<string, string[]>, k: string, service: string) => m.set(k, [...(m.get(k) ?? []), service]);
  for (const [service, ids] of Object.entries(file.awsServicePrefixes)) {
    for (const p of ids.iam) put(byPrefix, p, service);
    for (const ns of ids.cloudformation) put(byNamespace, ns, service);
  }
  index = { asOf: file.aws.asOf, byPrefix, byNamespace };
  return index;
}

// Prefixes and namespaces the list's data cannot settle (its `unmapped` and its note that
// CloudWatch's sub-services are left out); judging them either way would be a guess.
const SYNTHETICS = 'CloudWatch Synthetics is part of Amazon CloudWatch, which is listed, but the list does not name its prefix';
const RUM = 'CloudWatch RUM is part of Amazon CloudWatch, which is listed, but the list does not name its prefix';
const UNMAPPED_PREFIXES: Record<string, string> = {
  transform: 'AWS Transform is on the list, but its IAM prefix is unconfirmed (probably "transform")',
  synthetics: SYNTHETICS,
  rum: RUM,
};
const UNMAPPED_NS: Record<string, string> = { 'AWS::Synthetics': SYNTHETICS, 'AWS::RUM': RUM };

/** The date of the list phiguard ships (YYYY-MM-DD). */
export function hipaaEligibleAsOf(): string {
  return load().asOf;
}

/** By a live ARN's service part, which is the IAM service prefix (`rds`, `execute-api`). */
export function eligibilityOfArnService(prefix: string): Eligibility {
  const { byPrefix } = load();
  const services = byPrefix.get(prefix);
  if (services) return { status: 'eligible', services };
  if (NO_CONTENT[prefix]) return { status: 'no_content', reason: NO_CONTENT[prefix] };
  if (UNMAPPED_PREFIXES[prefix]) return { status: 'unmapped', reason: UNMAPPED_PREFIXES[prefix] };
  return { status: 'not_listed' };
}

/** By a CloudFormation type's namespace (`AWS::Bedrock::Agent` → `AWS::Bedrock`). */
export function eligibilityOfCloudFormationType(type: string): Eligibility {
  const { byNamespace } = load();
  const parts = type.split('::');
  if (parts.length !== 3 || parts[0] !== 'AWS') {
    return { status: 'unmapped', reason: `${type} is not an AWS resource type (a custom or third-party resource); the AWS BAA does not decide it` };
  }
  const ns = `${parts[0]}::${parts[1]}`;
  const services = byNamespace.get(ns);
  if (services) return { status: 'eligible', services };
  if (NO_CONTENT_NS[ns]) return { status: 'no_content', reason: NO_CONTENT_NS[ns] };
  if (UNMAPPED_NS[ns]) return { status: 'unmapped', reason: UNMAPPED_NS[ns] };
  return { status: 'not_listed' };
}
