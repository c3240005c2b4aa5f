import type { ResourceType } from '../model/resource.js';
import type { SourceKind } from '../model/origin.js';
import { AWS_LIVE_TYPES } from './aws/index.js';
import { AZURE_LIVE_TYPES } from './azure/permissions.js';
import { ARM_TYPES } from './iac/arm/index.js';
import { CLOUDFORMATION_TYPES } from './iac/cloudformation/index.js';
import { TERRAFORM_TYPES } from './iac/terraform/index.js';

/**
 * Which resource types each source can produce, as each collector declares them. The
 * rule meta-test holds every rule to it: a rule may claim a source only when that
 * source's collector produces the types the rule judges.
 */
export const SOURCE_TYPES: Record<SourceKind, readonly ResourceType[]> = {
  live: [...AWS_LIVE_TYPES, ...AZURE_LIVE_TYPES],
  cloudformation: CLOUDFORMATION_TYPES,
  terraform: TERRAFORM_TYPES,
  arm: ARM_TYPES,
};
