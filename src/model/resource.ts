import type { Origin } from './origin.js';
import type { Known } from './unknown.js';
import type { AwsPropsByType } from './aws/index.js';
import type { AzurePropsByType } from './azure/index.js';

export type Provider = 'aws' | 'azure';

/** Every resource type phiguard models, with the props shape each one carries. */
export type PropsByType = AwsPropsByType & AzurePropsByType;
export type ResourceType = keyof PropsByType;

/**
 * One shape for every source. `type` is the provider's own name (CloudFormation names for
 * AWS); `props` are settled by the adapter so that a rule reads the same thing whether the
 * resource came from a template, a plan or the live API.
 */
export interface Resource<T extends ResourceType = ResourceType> {
  provider: Provider;
  type: T;
  /** ARN for live AWS resources; for IaC the best identifier the template gives. */
  id: string;
  /** Human name (bucket name, key alias, logical id). */
  name: string;
  /** Account / subscription, or `unknown` for IaC that does not say. */
  account: Known<string>;
  region: Known<string>;
  tags: Known<Record<string, string>>;
  props: PropsByType[T];
  origin: Origin;
  /**
   * Other names this resource answers to: its ARN, name, key aliases, and for IaC the
   * scoped reference token (see model/refs.ts). The inventory indexes them so a rule can
   * follow `kmsKeyId` or `s3BucketName` to the resource it names.
   */
  refs?: string[];
}

export type AnyResource = { [T in ResourceType]: Resource<T> }[ResourceType];

/** A key that identifies a resource across scans: provider, account, region, type and id. */
export function resourceKey(r: Pick<Resource, 'provider' | 'type' | 'id' | 'account' | 'region'>): string {
  const acct = typeof r.account === 'string' ? r.account : '-';
  const region = typeof r.region === 'string' ? r.region : '-';
  return `${r.provider}|${acct}|${region}|${r.type}|${r.id}`;
}
