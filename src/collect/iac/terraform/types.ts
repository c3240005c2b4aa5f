import type { IacOrigin } from '../../../model/origin.js';
import type { AnyResource, ResourceType } from '../../../model/resource.js';

/**
 * A resource's arguments as plain values: strings, numbers, booleans, null, arrays (blocks
 * are arrays of objects, as both hcl2json and plan JSON give them), objects, and
 * `{ $unknown }` where a value could not be known. References to other resources of the
 * configuration are reference tokens.
 */
export type Attrs = Record<string, unknown>;

/** One Terraform resource instance, from HCL or a plan, before it is mapped onto the model. */
export interface Declared {
  /** Terraform type, `aws_s3_bucket`. */
  tfType: string;
  /** Full address, `module.app.aws_s3_bucket.phi["a"]`. */
  address: string;
  /** Address inside its module instance, the part reference tokens name. */
  localAddress: string;
  /** Module instance the token is scoped to. */
  scope: string;
  id: string;
  origin: IacOrigin;
  attrs: Attrs;
  /** Other identifiers known for it (a plan's known ARN and id). */
  extraRefs?: string[];
  /** Set when its instances could not be determined: its props are all unknown for this reason. */
  unknownReason?: string;
}

/**
 * One service family's part of the Terraform collector: the Terraform types it reads and
 * how they become model resources, joining the ones that configure another (an
 * `aws_security_group_rule` into its group).
 */
export interface TfFamily {
  /** Terraform types it reads; the evaluator skips every other type. */
  tfTypes: readonly string[];
  /** Model types it produces. */
  types: readonly ResourceType[];
  /** `of(tfType)`: the declared instances of a type, in configuration order. */
  build(of: (tfType: string) => Declared[]): AnyResource[];
}
