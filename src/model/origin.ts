/** Where a resource came from: a live API call, or a place in an IaC file. */
export type Origin = LiveOrigin | IacOrigin | InventoryOrigin;

export interface LiveOrigin {
  kind: 'live';
  /** The API operations that produced this resource, e.g. `s3:GetBucketEncryption`. */
  calls: string[];
}

export type IacFormat = 'cloudformation' | 'terraform' | 'terraform-plan' | 'arm';

export interface IacOrigin {
  kind: 'iac';
  format: IacFormat;
  /** Path as given by the user (relative to where phiguard ran), forward slashes. */
  file: string;
  /** 1-based; absent only when the source offers no position. */
  line?: number;
  column?: number;
  /** CloudFormation logical id or Terraform address (`module.x.aws_s3_bucket.y`). */
  address: string;
  /** For CDK output: the construct path (`aws:cdk:path`, `Stack/PhiBucket/Resource`) the resource comes from. */
  construct?: string;
  /** Exceptions written beside the resource (`# phiguard:suppress …` or CloudFormation Metadata). */
  suppressions?: InlineSuppression[];
}

/** An exception written in the IaC itself, for one rule on the resource it sits in. */
export interface InlineSuppression {
  rule: string;
  reason: string;
  expires?: string;
}

export interface InventoryOrigin {
  kind: 'inventory';
  file: string;
  /** The origin recorded when the inventory was collected. */
  original?: LiveOrigin | IacOrigin;
}

/** Which kind of source a rule can judge. */
export type SourceKind = 'live' | 'cloudformation' | 'terraform' | 'arm';

export function sourceKindOf(origin: Origin): SourceKind {
  const o = origin.kind === 'inventory' ? origin.original : origin;
  if (!o || o.kind === 'live') return 'live';
  if (o.format === 'cloudformation' || o.format === 'arm') return o.format;
  return 'terraform';
}
