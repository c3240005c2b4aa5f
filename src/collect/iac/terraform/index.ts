/**
 * Terraform collector: HCL module directories (evaluated as far as they can be without
 * running Terraform) and `terraform show -json` plans, mapped onto the model by the same
 * adapters.
 */
import type { ResourceType } from '../../../model/resource.js';

export { parseTerraformModule, type ModuleOptions } from './hcl/module.js';
export { looksLikeTerraformPlan, parseTerraformPlan } from './plan.js';

/** The model types this collector produces. */
export const TERRAFORM_TYPES: readonly ResourceType[] = [
  'AWS::S3::Bucket',
  'AWS::S3::AccountPublicAccessBlock',
  'AWS::KMS::Key',
  'AWS::CloudTrail::Trail',
  'AWS::Logs::LogGroup',
];
